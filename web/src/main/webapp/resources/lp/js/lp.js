/* Lead Practitioner: small accessibility helpers for every page (no framework beyond what PrimeFaces loads). */
(function () {
    'use strict';

    /* Tables are named for assistive technology: a wrapper <div class="lp-table" data-caption="...">
       gives its p:dataTable a visually hidden caption (PrimeFaces renders none). */
    function captionTables() {
        document.querySelectorAll('.lp-table[data-caption]').forEach(function (wrapper) {
            var table = wrapper.querySelector('table');
            if (table && !table.querySelector('caption')) {
                var caption = document.createElement('caption');
                caption.className = 'lp-visually-hidden';
                caption.textContent = wrapper.getAttribute('data-caption');
                table.insertBefore(caption, table.firstChild);
            }
        });
    }

    /* The date pickers' calendar buttons: PrimeFaces names them "Choose Date" by aria-label but puts the
       hidden text "ui-button" inside, which speech recognition users cannot say. Make the two agree. */
    function nameCalendarButtons() {
        document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            var text = button.querySelector('.ui-button-text');
            if (text && text.textContent !== 'Choose date') {
                text.textContent = 'Choose date';
                text.classList.add('lp-visually-hidden');
            }
            button.setAttribute('aria-label', 'Choose date');
        });
    }

    /* Read-only tables: PrimeFaces makes a cell of each table a tab stop (for its grid keyboard model),
       an extra stop with nothing to operate here; the links and buttons in the cells stay reachable. */
    function untabCells() {
        document.querySelectorAll('.lp-table td[tabindex="0"]').forEach(function (cell) {
            cell.removeAttribute('tabindex');
        });
    }

    /* A table's "Cases 1 to 20 of 35" is updated in place when the user moves to another page: make it a
       polite live region so the new page is announced. */
    function announcePaging() {
        document.querySelectorAll('.lp-table .ui-paginator-current').forEach(function (report) {
            report.setAttribute('role', 'status');
            report.setAttribute('aria-live', 'polite');
            report.setAttribute('aria-atomic', 'true');
        });
    }

    /* A table wider than the screen scrolls sideways inside its wrapper: the wrapper then becomes a named,
       focusable region so keyboard users can scroll it too. */
    function scrollableTables() {
        document.querySelectorAll('.lp-table').forEach(function (wrapper) {
            if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
                wrapper.setAttribute('tabindex', '0');
                wrapper.setAttribute('role', 'region');
                wrapper.setAttribute('aria-label', (wrapper.getAttribute('data-caption') || 'Table') + ' (scrolls sideways)');
            } else if (wrapper.getAttribute('role') === 'region') {
                wrapper.removeAttribute('tabindex');
                wrapper.removeAttribute('role');
                wrapper.removeAttribute('aria-label');
            }
        });
    }

    function fixWidgets() {
        untabCells();
        scrollableTables();
        announcePaging();
        captionTables();
        nameCalendarButtons();
    }

    /* After a refused submission the error summary takes the focus, so it is read out first. */
    function focusErrorSummary() {
        var summary = document.getElementById('lp-error-summary');
        if (summary) {
            summary.focus();
            return true;
        }
        return false;
    }

    /* A link in the error summary moves the focus to the field itself, not just the view. */
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.lp-error-summary a[href^="#"]') : null;
        if (!link) {
            return;
        }
        var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (field) {
            event.preventDefault();
            field.scrollIntoView({ block: 'center' });
            field.focus();
        }
    });

    /* An element marked data-lp-focus (e.g. a confirmation) takes the focus when the page opens, or when a
       request the user started shows it. Each element takes it once: an element still on the page after
       a later request (or shown by a background request) leaves the focus where the user is. */
    function focusMarked(take) {
        var found = false;
        document.querySelectorAll('[data-lp-focus]').forEach(function (marked) {
            if (!marked.lpFocused) {
                marked.lpFocused = true;
                if (take && !found) {
                    found = true;
                    marked.focus();
                }
            }
        });
    }

    /* Background requests: those the page makes by itself (a draft saved when a field is left, or every 30
       seconds) call lp.background() in their onstart. When they complete, the focus stays where the user is
       (WCAG 2.4.3, 3.2.2): only a request the user started moves it. The mark is taken by the request sent
       next, in the same task (PrimeFaces calls onstart, then sends); a request cancelled by its onstart, or
       one that is not global, leaves it for no other. */
    var backgroundNext = false;
    function background() {
        backgroundNext = true;
        window.setTimeout(function () {
            backgroundNext = false;
        }, 0);
        return true;
    }

    /* Focus on an element by id once the request's update is done (e.g. back to the button that opened a
       confirmation, after "No, go back"); the pages ask for it with PrimeFaces' executeScript. */
    function focusById(id) {
        var element = document.getElementById(id);
        if (element) {
            element.focus();
        }
    }

    window.lp = { background: background, focus: focusById };

    /* Unsaved typing, and the leave-page warning. A form saved as it is typed (class lp-autosave) sends its
       changes in the background: `typed` says whether anything was typed since they were last sent (the
       30-second save runs only then, so an idle page still times out). A form saved only by its button
       (class lp-unsaved) is unsaved from the first keystroke until its button's request succeeds. While the
       page is held (it must not save: someone else saved the record first), nothing is sent and leaving asks
       first. */
    window.lpDraft = (function () {
        var typed = false;
        var held = false;
        var unsaved = {};
        var sending = {};
        document.addEventListener('input', function (event) {
            var target = event.target;
            if (!target || !target.closest) {
                return;
            }
            if (target.closest('.lp-autosave')) {
                typed = true;
                return;
            }
            var form = target.closest('.lp-unsaved');
            if (form && form.id) {
                unsaved[form.id] = true;
            }
        });
        window.addEventListener('beforeunload', function (event) {
            if (held || typed || Object.keys(unsaved).length > 0) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
        return {
            /* the 30-second save (p:poll onstart): only when something was typed since, never while held */
            take: function () {
                if (held || !typed) {
                    return false;
                }
                typed = false;
                return background();
            },
            /* a field left saves it (p:ajax onstart): a background request, cancelled while held */
            sending: function () {
                if (held) {
                    return false;
                }
                typed = false;
                return background();
            },
            /* "Save draft" (onstart): what was typed is being sent */
            clear: function () {
                typed = false;
            },
            /* a lp-unsaved form's button (onstart), then (oncomplete) unsaved again unless its change was made */
            submitting: function (formId) {
                sending[formId] = unsaved[formId] === true;
                delete unsaved[formId];
            },
            submitted: function (formId, args) {
                if (sending[formId] && (!args || args.validationFailed)) {
                    unsaved[formId] = true;
                }
                delete sending[formId];
            },
            /* a button that replaces what a lp-unsaved form holds (onstart): asks first when something typed
               there is not saved; false cancels the request */
            replacing: function (formId, question) {
                if (unsaved[formId] && !window.confirm(question)) {
                    return false;
                }
                delete unsaved[formId];
                return true;
            },
            /* "Cancel" of a lp-unsaved form: what it held is given up on purpose */
            discard: function (formId) {
                delete unsaved[formId];
            },
            /* the page must not save any more (the server says so): the autosave stops, leaving asks first */
            hold: function () {
                held = true;
            },
            /* "Reload the record": the page is read again, on purpose */
            release: function () {
                held = false;
                typed = false;
                unsaved = {};
            }
        };
    }());

    /* After a request the user started: the error summary takes the focus, else what the request showed. */
    function focusAfterRequest() {
        focusMarked(!focusErrorSummary());
    }

    /* The session time-out warning: two minutes before the session ends, a dialog offers to stay signed in
       (a call to /app/keep-alive). If the session has ended, it says so: what was typed is still on the page
       to copy. Every request (page or ajax) restarts the clock. */
    function watchSession() {
        var seconds = parseInt(document.body.getAttribute('data-session-seconds'), 10);
        var dialog = document.getElementById('lp-timeout');
        if (!seconds || seconds <= 0 || !dialog || typeof dialog.showModal !== 'function') {
            return null;
        }
        var title = document.getElementById('lp-timeout-title');
        var text = document.getElementById('lp-timeout-text');
        var button = document.getElementById('lp-timeout-stay');
        var warnAhead = Math.min(120, Math.floor(seconds / 4));
        var warnTimer = null;
        var endTimer = null;
        var ended = false;

        function schedule() {
            window.clearTimeout(warnTimer);
            window.clearTimeout(endTimer);
            warnTimer = window.setTimeout(warn, (seconds - warnAhead) * 1000);
            endTimer = window.setTimeout(signedOut, seconds * 1000);
        }
        function warn() {
            if (!dialog.open) {
                dialog.showModal();
            }
        }
        function signedOut() {
            ended = true;
            title.textContent = 'You have been signed out';
            text.textContent = 'For your security, you were signed out because this page was not used for a while. '
                + 'Anything you typed is still on this page: copy what you need, then sign in again.';
            button.textContent = 'Close this message';
            warn();
        }
        function stay() {
            if (ended) {
                dialog.close();
                return;
            }
            window.fetch(document.body.getAttribute('data-keep-alive'), { credentials: 'same-origin', cache: 'no-store' })
                .then(function (response) {
                    if (response.status === 204) { // the sign-in page (200, or a redirect to it) means signed out
                        dialog.close();
                        schedule();
                    } else {
                        signedOut();
                    }
                })
                .catch(signedOut);
        }
        button.addEventListener('click', stay);
        dialog.addEventListener('cancel', function (event) {
            event.preventDefault(); // Escape means "I am still here"
            stay();
        });
        schedule();
        return schedule;
    }

    window.addEventListener('resize', function () {
        window.clearTimeout(window.lpResizeTimer);
        window.lpResizeTimer = window.setTimeout(scrollableTables, 200);
    });

    document.addEventListener('DOMContentLoaded', function () {
        var restartSessionClock = watchSession();
        focusAfterRequest(); // the page itself: a refused submission, or a confirmation it shows
        if (window.jQuery) {
            /* PrimeFaces builds its widgets in jQuery ready handlers, which jQuery runs asynchronously:
               repair them once all have run */
            window.jQuery(function () {
                window.setTimeout(fixWidgets, 0);
            });
            /* A request being sent takes the background mark set by its onstart (see background()) */
            window.jQuery(document).on('pfAjaxSend', function (event, xhr) {
                if (xhr) {
                    xhr.lpBackground = backgroundNext;
                }
                backgroundNext = false;
            });
            /* PrimeFaces announces every finished (global) ajax update: paging a table, a refused form, a
               draft saved. Every request restarts the session clock; only one the user started moves the
               focus. */
            window.jQuery(document).on('pfAjaxComplete', function (event, xhr) {
                if (restartSessionClock) {
                    restartSessionClock();
                }
                window.setTimeout(fixWidgets, 0);
                if (xhr && xhr.lpBackground) {
                    focusMarked(false);
                } else {
                    focusAfterRequest();
                }
            });
        } else {
            fixWidgets();
        }
    });
}());
