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

    function fixWidgets() {
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

    document.addEventListener('DOMContentLoaded', function () {
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
                window.setTimeout(fixWidgets, 0);
                focusErrorSummary();
            });
        } else {
            fixWidgets();
        }
    });
}());
