package org.casebridge.police.device.portal;

import static org.casebridge.police.portal.PortalChoices.choice;
import static org.casebridge.police.portal.PortalChoices.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.ReadSide;
import org.casebridge.platform.problem.DomainRuleViolation;
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
import org.casebridge.police.device.command.DeviceRuleViolations.SchoolDeviceRefFormatException;
import org.casebridge.police.device.command.Disposal;
import org.casebridge.police.device.command.ExaminingUnit;
import org.casebridge.police.device.query.DeviceQueries;
import org.casebridge.police.device.query.DeviceView;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.shared.RationaleRequiredException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Devices and image decisions in the portal: record a device as seized or not, its examination, CAID statuses,
 * Report Remove and disposal, by reference only. The same commands and queries as the device API.
 */
@PortalController
class DevicePortalController {

    static final List<PortalOption> YES_NO = List.of(new PortalOption("yes", "Yes"), new PortalOption("no", "No"));
    static final List<PortalOption> UNITS = options(ExaminingUnit.values());
    static final List<PortalOption> CAID_STATUSES = options(CaidStatus.values());
    static final List<PortalOption> GRADES = Arrays.stream(CaidGrade.values())
            .map(g -> new PortalOption(g.name(), "Category " + g.name()))
            .toList();
    /** A device is never returned after police deletion: the option is not offered. */
    static final List<PortalOption> DISPOSALS = options(new Disposal[] {Disposal.DESTROYED, Disposal.FORFEITED});

    private final CommandGateway commands;
    private final EscalationQueries escalations;
    private final DeviceQueries queries;
    static final List<String> DEVICE_FORMS = List.of("examinationForm", "caidForm", "reportRemoveForm", "disposalForm");

    private final PortalDrafts drafts;

    DevicePortalController(
            CommandGateway commands, EscalationQueries escalations, DeviceQueries queries, PortalDrafts drafts) {
        this.commands = commands;
        this.escalations = escalations;
        this.queries = queries;
        this.drafts = drafts;
    }

    @GetMapping("/portal/escalations/{caseId}/devices")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("devices")
    String devices(Actor actor, @PathVariable String caseId, Model model) {
        return devicesPage(actor, caseId, PortalForm.of(drafts.load(actor, draft(caseId))), model);
    }

    @PostMapping("/portal/escalations/{caseId}/devices")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String record(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String description = form.required("description", "Enter what the device is, for example Mobile phone");
        form.limited("description", 200, "The description must be 200 characters or fewer");
        String seized = form.required("seized", "Select yes if the police seized the device");
        String exhibit = null;
        String reason = null;
        String deletion = null;
        if ("yes".equals(seized)) {
            exhibit = form.required("exhibitReference", "Enter the exhibit reference");
            form.limited("exhibitReference", 64, "The exhibit reference must be 64 characters or fewer");
        } else if ("no".equals(seized)) {
            reason = form.required("notSeizedReason", "Enter why the device was not seized");
            form.limited("notSeizedReason", 4000, "The reason must be 4000 characters or fewer");
            deletion = form.required(
                    "schoolMayUseDeletionPowers", "Select yes if the school may use its powers to delete the images");
        }
        String owner = form.text("ownerChildRef");
        String schoolDevice = form.text("schoolDeviceRef");
        if (!form.hasErrors()) {
            String force = escalations.actingForce(caseId, actor);
            String deviceId = UUID.randomUUID().toString();
            try {
                commands.sendAndWait(DeviceCommand.firstDecision(
                        deviceId,
                        caseId,
                        force,
                        actor.actedBy(),
                        description,
                        "none".equals(owner) ? null : owner,
                        schoolDevice,
                        "yes".equals(seized),
                        exhibit,
                        reason,
                        "yes".equals(deletion)));
                drafts.discard(actor, draft(caseId));
                ReadSide.awaitVisible(() -> queries.devicesOfCase(caseId).stream()
                        .anyMatch(device -> device.deviceId().equals(deviceId)));
                redirect.addFlashAttribute("success", "You recorded the device");
                return "redirect:/portal/escalations/" + caseId + "/devices/" + deviceId;
            } catch (RationaleRequiredException violation) {
                form.reject("notSeizedReason", violation.getMessage());
            } catch (SchoolDeviceRefFormatException violation) {
                form.reject("schoolDeviceRef", violation.getMessage());
            } catch (DomainRuleViolation violation) {
                form.reject("description", violation.getMessage());
            }
        }
        drafts.save(actor, draft(caseId), form.values());
        return devicesPage(actor, caseId, form, model);
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
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("officer", acts(actor));
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
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        ExaminingUnit unit = choice(ExaminingUnit.class, form.text("examinedBy"), null);
        if (unit == null) {
            form.reject("examinedBy", "Select who examined the device");
        }
        String reference = form.required("examinationReference", "Enter the examination reference");
        form.limited("examinationReference", 64, "The reference must be 64 characters or fewer");
        return send(
                actor,
                caseId,
                deviceId,
                "examinationForm",
                form,
                "examinedBy",
                model,
                redirect,
                () -> new RecordExaminationCommand(deviceId, caseId, actor.actedBy(), unit, reference),
                "You recorded the examination");
    }

    @PostMapping("/portal/escalations/{caseId}/devices/{deviceId}/caid")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String caid(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        CaidStatus status = choice(CaidStatus.class, form.text("status"), null);
        if (status == null) {
            form.reject("status", "Select the CAID status");
        }
        CaidGrade grade = choice(CaidGrade.class, form.text("grade"), null);
        if (status == CaidStatus.GRADED && grade == null) {
            form.reject("grade", "Select the grade CAID gave");
        }
        String reference = form.required("caidReference", "Enter the CAID reference");
        form.limited("caidReference", 64, "The reference must be 64 characters or fewer");
        return send(
                actor,
                caseId,
                deviceId,
                "caidForm",
                form,
                "status",
                model,
                redirect,
                () -> new RecordCaidStatusCommand(deviceId, caseId, actor.actedBy(), status, grade, reference),
                "You recorded the CAID status");
    }

    @PostMapping("/portal/escalations/{caseId}/devices/{deviceId}/report-remove")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String reportRemove(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String child = form.required("childRef", "Select the child Report Remove was signposted to");
        String reference = form.required("reportRemoveReference", "Enter the Report Remove reference");
        form.limited("reportRemoveReference", 64, "The reference must be 64 characters or fewer");
        return send(
                actor,
                caseId,
                deviceId,
                "reportRemoveForm",
                form,
                "childRef",
                model,
                redirect,
                () -> new SignpostReportRemoveCommand(deviceId, caseId, actor.actedBy(), child, reference),
                "You recorded that Report Remove was signposted");
    }

    @PostMapping("/portal/escalations/{caseId}/devices/{deviceId}/disposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("devices")
    String disposal(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        Disposal disposal = choice(Disposal.class, form.text("disposal"), null);
        if (disposal == null) {
            form.reject("disposal", "Select how the device was disposed of");
        }
        String rationale = form.required("rationale", "Enter the rationale for the disposal");
        form.limited("rationale", 4000, "The rationale must be 4000 characters or fewer");
        return send(
                actor,
                caseId,
                deviceId,
                "disposalForm",
                form,
                "disposal",
                model,
                redirect,
                () -> new DisposeOfDeviceCommand(deviceId, caseId, actor.actedBy(), disposal, rationale),
                "You recorded the disposal");
    }

    private String send(
            Actor actor,
            String caseId,
            String deviceId,
            String formName,
            PortalForm form,
            String mainField,
            Model model,
            RedirectAttributes redirect,
            Supplier<DeviceCommand> command,
            String done) {
        if (!form.hasErrors()) {
            try {
                commands.sendAndWait(command.get());
                drafts.discard(actor, deviceDraft(deviceId, formName));
                redirect.addFlashAttribute("success", done);
                return "redirect:/portal/escalations/" + caseId + "/devices/" + deviceId;
            } catch (DomainRuleViolation violation) {
                form.reject(mainField, violation.getMessage());
            }
        }
        return devicePage(actor, caseId, deviceId, formName, form, model);
    }

    private String devicePage(
            Actor actor, String caseId, String deviceId, String posted, PortalForm form, Model model) {
        EscalationDetailView e = escalations.detail(caseId, actor);
        DeviceView device = queries.devicesOfCase(caseId).stream()
                .filter(d -> d.deviceId().equals(deviceId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("device", deviceId));
        if (posted != null) {
            drafts.save(actor, deviceDraft(deviceId, posted), form.values());
        }
        for (String name : DEVICE_FORMS) {
            model.addAttribute(
                    name, name.equals(posted) ? form : PortalForm.of(drafts.load(actor, deviceDraft(deviceId, name))));
            model.addAttribute(name + "Draft", deviceDraft(deviceId, name));
        }
        model.addAttribute("errors", form == null ? PortalForm.of(Map.of()) : form);
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
        model.addAttribute("officer", acts(actor));
        return "police/device";
    }

    private static boolean acts(Actor actor) {
        return actor.role() == Actor.Role.POLICE_LIAISON || actor.role() == Actor.Role.POLICE_SUPERVISOR;
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

    private static List<PortalOption> options(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> new PortalOption(v.name(), label(v.name())))
                .toList();
    }
}
