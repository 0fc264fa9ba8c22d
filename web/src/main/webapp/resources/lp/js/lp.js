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
        }
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

    /* An element marked data-lp-focus (e.g. a confirmation) takes the focus when the page opens. */
    function focusMarked() {
        var marked = document.querySelector('[data-lp-focus]');
        if (marked) {
            marked.focus();
        }
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
        focusMarked();
        focusErrorSummary();
        if (window.jQuery) {
            /* PrimeFaces builds its widgets in jQuery ready handlers, which jQuery runs asynchronously:
               repair them once all have run */
            window.jQuery(function () {
                window.setTimeout(fixWidgets, 0);
            });
            /* PrimeFaces announces every finished ajax update (paging a table, a refused form) */
            window.jQuery(document).on('pfAjaxComplete', function () {
                if (restartSessionClock) {
                    restartSessionClock();
                }
                window.setTimeout(fixWidgets, 0);
                focusErrorSummary();
            });
        } else {
            fixWidgets();
        }
    });
}());
