// Casebridge portal behaviour on top of GOV.UK Frontend: CSRF for htmx requests, background refreshes marked as such
// (elements marked data-background-refresh, so that they keep no session alive), parts of a page that keep
// themselves current (data-live-refresh="<url>" with data-tag="<entity tag>"), and drafts saved while the user types
// (forms marked data-autosave="<draft key>"), so that a timeout or a closed tab never loses an answer.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()

const csrfToken = document.querySelector('meta[name="csrf-token"]')?.content
const csrfHeader = document.querySelector('meta[name="csrf-header"]')?.content

document.body.addEventListener('htmx:configRequest', (event) => {
  if (csrfToken && csrfHeader) {
    event.detail.headers[csrfHeader] = csrfToken
  }
  if (event.detail.elt?.hasAttribute?.('data-background-refresh')) {
    event.detail.headers['X-Casebridge-Background'] = 'refresh'
  }
})

function formFields (form) {
  const data = new FormData(form)
  // An unticked group sends nothing; send it empty so the draft forgets the old ticks.
  form.querySelectorAll('input[type=checkbox], input[type=radio]').forEach((input) => {
    if (!data.has(input.name)) {
      data.append(input.name, '')
    }
  })
  data.delete('_csrf')
  return new URLSearchParams(data)
}

// A save the service refused on purpose: trying again will not help, so the user is told why.
class Refused extends Error {}

function autosave (form) {
  const key = form.dataset.autosave
  const status = form.querySelector('[data-autosave-status]') || document.querySelector('[data-autosave-status]')
  let timer = null
  let inFlight = null
  let submitting = false
  const save = () => {
    timer = null
    inFlight = fetch('/portal/drafts/' + encodeURIComponent(key), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [csrfHeader]: csrfToken, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formFields(form)
    }).then(async (response) => {
      if (response.status === 401) {
        throw new Refused('You have been signed out, so this draft was not saved. Copy anything you need, then sign in again.')
      }
      // Refused (an image pasted as text, a control character, too large, not this user's form): say why.
      if ([400, 403, 404, 413, 422].includes(response.status)) {
        const problem = await response.json().catch(() => ({}))
        throw new Refused('Your draft was not saved. ' + (problem.detail || ''))
      }
      if (!response.ok) {
        throw new Error('status ' + response.status)
      }
      const saved = await response.json()
      if (status) {
        const at = new Date(saved.savedAt)
        status.textContent = 'Draft saved at ' + at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) + '.'
      }
      form.dataset.autosaved = saved.savedAt
    }).catch((error) => {
      if (status) {
        status.textContent = error instanceof Refused
          ? error.message
          : 'Your draft could not be saved just now. Keep this page open; it will try again.'
      }
    }).finally(() => {
      inFlight = null
    })
  }
  const schedule = () => {
    if (submitting) {
      return
    }
    if (timer) {
      clearTimeout(timer)
    }
    timer = setTimeout(save, 600)
  }
  form.addEventListener('input', schedule)
  form.addEventListener('change', schedule)
  // The page's own submit is the last word: a draft save still on its way must land before it, never after it.
  form.addEventListener('submit', (event) => {
    submitting = true
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    if (inFlight) {
      event.preventDefault()
      const submitter = event.submitter
      inFlight.finally(() => form.requestSubmit(submitter))
    }
  })
  window.addEventListener('pagehide', () => {
    if (timer && !submitting) {
      clearTimeout(timer)
      const body = formFields(form)
      body.append('_csrf', csrfToken)
      navigator.sendBeacon('/portal/drafts/' + encodeURIComponent(key), body)
    }
  })
}

if (csrfToken && csrfHeader) {
  document.querySelectorAll('form[data-autosave]').forEach(autosave)
}

// A part of a page marked data-live-refresh keeps itself current (ADR 0101): it asks its URL again, naming what it shows
// by its tag and preferring to wait; the service answers when what it shows changes (200, swapped in) or when the wait
// runs out (304, asked again). Its requests are background refreshes, which keep no session alive; an ended session
// (the sign-in redirect) or a refusal stops it, and a failure is tried again later, each time later, up to a minute.
// A read the service answered at once is asked again after a pause: a second after new rows, fifteen after none (the
// service holds only so many reads at once).
// Sorting or filtering the part (an htmx swap) ends the read of what it showed before. A polite live region tells a
// screen reader that the part was updated, without reading the whole table again.
const LONGEST_PAUSE_MS = 60000
const UNHELD_PAUSE_MS = 15000
const UNHELD_CHANGE_PAUSE_MS = 1000
let liveRead = null
let liveStatus = null

document.body.addEventListener('htmx:beforeSwap', (event) => {
  if (event.detail.target?.matches?.('[data-live-refresh]')) {
    liveRead?.abort()
  }
})

async function keepCurrent (failures) {
  const part = document.querySelector('[data-live-refresh]')
  if (!part) {
    return
  }
  liveRead = new AbortController()
  let next = 0
  let pause = 0
  try {
    const response = await fetch(part.dataset.liveRefresh, {
      headers: { 'If-None-Match': part.dataset.tag, Prefer: 'wait=25', 'HX-Request': 'true', 'X-Casebridge-Background': 'refresh' },
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'manual',
      signal: liveRead.signal
    })
    if (!response.headers.get('Preference-Applied')) {
      pause = response.status === 200 ? UNHELD_CHANGE_PAUSE_MS : UNHELD_PAUSE_MS
    }
    if (response.status === 200) {
      const html = await response.text()
      if (document.contains(part)) {
        part.outerHTML = html
        window.htmx?.process(document.querySelector('[data-live-refresh]'))
        if (liveStatus) {
          liveStatus.textContent = 'The list was updated at ' + new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
        }
      }
    } else if (response.status !== 304) {
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        return
      }
      next = failures + 1
    }
  } catch (error) {
    if (error.name !== 'AbortError') {
      next = failures + 1
    }
  }
  if (next > 0) {
    pause = Math.min(LONGEST_PAUSE_MS, 1000 * 2 ** next)
  }
  setTimeout(() => keepCurrent(next), pause)
}

if (document.querySelector('[data-live-refresh]')) {
  liveStatus = document.createElement('div')
  liveStatus.className = 'govuk-visually-hidden'
  liveStatus.setAttribute('aria-live', 'polite')
  liveStatus.setAttribute('data-live-status', '')
  document.querySelector('main')?.append(liveStatus)
  keepCurrent(0)
}
