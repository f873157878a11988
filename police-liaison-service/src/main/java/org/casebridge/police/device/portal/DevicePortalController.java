package org.casebridge.police.device.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.portal.PortalPost;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.device.command.CaidGrade;
import org.casebridge.police.device.command.CaidStatus;
import org.casebridge.police.device.command.DeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.DisposeOfDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordCaidStatusCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordExaminationCommand;
import org.casebridge.police.device.command.DeviceCommand.SignpostReportRemoveCommand;
import org.casebridge.police.device.command.Disposal;
import org.casebridge.police.device.command.ExaminingUnit;
import org.casebridge.police.device.query.DeviceQueries;
import org.casebridge.police.device.query.DeviceView;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.portal.PageOfForms;
import org.casebridge.police.shared.ForceAccess;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Devices and image decisions in the portal: record a device as seized or not, its examination, CAID statuses,
 * Report Remove and disposal, by reference only. The same commands and queries as the device API.
 */
@PortalController
class DevicePortalController {

    static final List<PortalOption> UNITS = PortalOption.options(ExaminingUnit.class);
    static final List<PortalOption> CAID_STATUSES = PortalOption.options(CaidStatus.class);
    static final List<PortalOption> GRADES = Arrays.stream(CaidGrade.values())
            .map(g -> new PortalOption(g.name(), "Category " + g.name()))
            .toList();
    /** A device is never returned after police deletion: the option is not offered. */
    static final List<PortalOption> DISPOSALS = PortalOption.options(Disposal.class).stream()
            .filter(option -> !Disposal.RETURNED_AFTER_DELETION.name().equals(option.value()))
            .toList();

    static final List<String> DEVICE_FORMS = List.of("examinationForm", "caidForm", "reportRemoveForm", "disposalForm");

    private final CommandGateway commands;
    private final EscalationQueries escalations;
    private final DeviceQueries queries;
    private final PortalPages pages;

    DevicePortalController(
            CommandGateway commands, EscalationQueries escalations, DeviceQueries queries, PortalPages pages) {
        this.commands = commands;
        this.escalations = escalations;
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping("/portal/escalations/{caseId}/devices")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("devices")
    String devices(Actor actor, @PathVariable String caseId, Model model) {
        return devicesPage(actor, caseId, pages.draft(actor, draft(caseId)), model);
    }

    @PostMapping("/portal/escalations/{caseId}/devices")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String record(Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String description = form.required("description", "Enter what the device is, for example Mobile phone");
        form.limited("description", 200, "The description must be 200 characters or fewer");
        boolean seized = form.yesNo("seized", "Select yes if the police seized the device")
                .orElse(false);
        boolean notSeized = form.has("seized", "no");
        String exhibit = seized ? form.required("exhibitReference", "Enter the exhibit reference") : null;
        String reason = notSeized ? form.required("notSeizedReason", "Enter why the device was not seized") : null;
        boolean deletion = notSeized
                && form.yesNo(
                                "schoolMayUseDeletionPowers",
                                "Select yes if the school may use its powers to delete the images")
                        .orElse(false);
        if (seized) {
            form.limited("exhibitReference", 64, "The exhibit reference must be 64 characters or fewer");
        }
        if (notSeized) {
            form.limited("notSeizedReason", 4000, "The reason must be 4000 characters or fewer");
        }
        String owner = "none".equals(form.text("ownerChildRef")) ? null : form.text("ownerChildRef");
        String schoolDevice = form.text("schoolDeviceRef");
        String deviceId = UUID.randomUUID().toString();
        return pages.post(actor, form, redirect)
                .draft(draft(caseId))
                .refusalsOn("description")
                .refusal("rationale-required", "notSeizedReason")
                .refusal("school-device-ref-format", "schoolDeviceRef")
                .send(() -> commands.sendAndWait(DeviceCommand.firstDecision(
                        deviceId,
                        caseId,
                        escalations.actingForce(caseId, actor),
                        actor.actedBy(),
                        description,
                        owner,
                        schoolDevice,
                        seized,
                        exhibit,
                        reason,
                        deletion)))
                .awaitVisible(() -> queries.devicesOfCase(caseId).stream()
                        .anyMatch(device -> device.deviceId().equals(deviceId)))
                .success("You recorded the device")
                .redirectTo(devicePath(caseId, deviceId))
                .orShow(() -> devicesPage(actor, caseId, form, model));
    }

    private String devicesPage(Actor actor, String caseId, PortalForm form, Model model) {
        EscalationDetailView e = escalations.detail(caseId, actor);
        List<PortalOption> owners = new ArrayList<>(e.children().stream()
                .map(c -> new PortalOption(c.ref(), c.ref(), c.age() + ", " + c.yearGroup()))
                .toList());
        owners.add(new PortalOption("none", "Not a child's device"));
        model.addAttribute("e", e);
        model.addAttribute("devices", queries.devicesOfCase(caseId));
        model.addAttribute("form", form);
        model.addAttribute("draft", draft(caseId));
        model.addAttribute("owners", owners);
        model.addAttribute("yesNo", PortalOption.YES_NO);
        model.addAttribute("officer", ForceAccess.actsForAForce(actor.actedBy()));
        return "police/devices";
    }

    @GetMapping("/portal/escalations/{caseId}/devices/{deviceId}")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("devices")
    String device(Actor actor, @PathVariable String caseId, @PathVariable String deviceId, Model model) {
        return devicePage(actor, caseId, deviceId, null, null, model);
    }

    @PostMapping("/portal/escalations/{caseId}/devices/{deviceId}/examination")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String examination(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        ExaminingUnit unit = form.choice("examinedBy", ExaminingUnit.class, "Select who examined the device");
        String reference = form.required("examinationReference", "Enter the examination reference");
        form.limited("examinationReference", 64, "The reference must be 64 characters or fewer");
        return posted(actor, deviceId, "examinationForm", form, redirect)
                .refusalsOn("examinedBy")
                .send(() -> commands.sendAndWait(
                        new RecordExaminationCommand(deviceId, caseId, actor.actedBy(), unit, reference)))
                .success("You recorded the examination")
                .redirectTo(devicePath(caseId, deviceId))
                .orShow(() -> devicePage(actor, caseId, deviceId, "examinationForm", form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/devices/{deviceId}/caid")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String caid(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        CaidStatus status = form.choice("status", CaidStatus.class, "Select the CAID status");
        CaidGrade grade = form.optionalChoice("grade", CaidGrade.class, "Select the grade CAID gave");
        if (status == CaidStatus.GRADED && grade == null) {
            form.reject("grade", "Select the grade CAID gave");
        }
        String reference = form.required("caidReference", "Enter the CAID reference");
        form.limited("caidReference", 64, "The reference must be 64 characters or fewer");
        return posted(actor, deviceId, "caidForm", form, redirect)
                .refusalsOn("status")
                .send(() -> commands.sendAndWait(
                        new RecordCaidStatusCommand(deviceId, caseId, actor.actedBy(), status, grade, reference)))
                .success("You recorded the CAID status")
                .redirectTo(devicePath(caseId, deviceId))
                .orShow(() -> devicePage(actor, caseId, deviceId, "caidForm", form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/devices/{deviceId}/report-remove")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String reportRemove(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        String child = form.required("childRef", "Select the child Report Remove was signposted to");
        String reference = form.required("reportRemoveReference", "Enter the Report Remove reference");
        form.limited("reportRemoveReference", 64, "The reference must be 64 characters or fewer");
        return posted(actor, deviceId, "reportRemoveForm", form, redirect)
                .refusalsOn("childRef")
                .send(() -> commands.sendAndWait(
                        new SignpostReportRemoveCommand(deviceId, caseId, actor.actedBy(), child, reference)))
                .success("You recorded that Report Remove was signposted")
                .redirectTo(devicePath(caseId, deviceId))
                .orShow(() -> devicePage(actor, caseId, deviceId, "reportRemoveForm", form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/devices/{deviceId}/disposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String disposal(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        Disposal disposal = form.choice("disposal", Disposal.class, "Select how the device was disposed of");
        String rationale = form.required("rationale", "Enter the rationale for the disposal");
        form.limited("rationale", 4000, "The rationale must be 4000 characters or fewer");
        return posted(actor, deviceId, "disposalForm", form, redirect)
                .refusalsOn("disposal")
                .send(() -> commands.sendAndWait(
                        new DisposeOfDeviceCommand(deviceId, caseId, actor.actedBy(), disposal, rationale)))
                .success("You recorded the disposal")
                .redirectTo(devicePath(caseId, deviceId))
                .orShow(() -> devicePage(actor, caseId, deviceId, "disposalForm", form, model));
    }

    /** The post of one of the device page's forms, each kept in a draft of its own. */
    private PortalPost posted(
            Actor actor, String deviceId, String formName, PortalForm form, RedirectAttributes redirect) {
        return pages.post(actor, form, redirect).draft(deviceDraft(deviceId, formName));
    }

    private static String devicePath(String caseId, String deviceId) {
        return "/portal/escalations/" + caseId + "/devices/" + deviceId;
    }

    private String devicePage(
            Actor actor, String caseId, String deviceId, String posted, PortalForm form, Model model) {
        EscalationDetailView e = escalations.detail(caseId, actor);
        DeviceView device = queries.devicesOfCase(caseId).stream()
                .filter(d -> d.deviceId().equals(deviceId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("device", deviceId));
        PageOfForms.show(model, pages, actor, DEVICE_FORMS, name -> deviceDraft(deviceId, name), posted, form);
        model.addAttribute("e", e);
        model.addAttribute("device", device);
        model.addAttribute(
                "children",
                e.children().stream()
                        .map(c -> new PortalOption(c.ref(), c.ref()))
                        .toList());
        model.addAttribute("units", UNITS);
        model.addAttribute("caidStatuses", CAID_STATUSES);
        model.addAttribute("grades", GRADES);
        model.addAttribute("disposals", DISPOSALS);
        model.addAttribute("officer", ForceAccess.actsForAForce(actor.actedBy()));
        return "police/device";
    }

    private static String draft(String caseId) {
        return "device-" + caseId;
    }

    /** Each form on a device's page keeps its own draft, e.g. "device-<deviceId>-report-remove". */
    private static String deviceDraft(String deviceId, String formName) {
        String form = formName.substring(0, formName.length() - "Form".length())
                .replaceAll("([A-Z])", "-$1")
                .toLowerCase(Locale.ROOT);
        return "device-" + deviceId + "-" + form;
    }
}
