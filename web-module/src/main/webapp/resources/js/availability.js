// The event page keeps "N left" current by polling a small public JSON endpoint: every 5 s while
// the page is visible, backing off to a minute when the server does not answer.
(function () {
    var FRESH = 5000, SLOWEST = 60000, delay = FRESH;

    function list() {
        return document.querySelector('[data-availability]');
    }

    function show(answer) {
        answer.ticketTypes.forEach(function (left) {
            var row = document.querySelector('[data-ticket-type="' + left.id + '"] .mq-available');
            if (row) {
                row.textContent = String(left.available);
                row.closest('.mq-ticket').classList.toggle('mq-sold-out', left.available === 0);
            }
        });
    }

    function poll() {
        var tickets = list();
        if (!tickets || document.hidden) {
            setTimeout(poll, delay);
            return;
        }
        fetch(tickets.getAttribute('data-availability'), {headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('status ' + response.status);
                }
                return response.json();
            })
            .then(function (answer) {
                show(answer);
                delay = FRESH;
            })
            .catch(function () {
                delay = Math.min(delay * 2, SLOWEST);
            })
            .then(function () {
                setTimeout(poll, delay);
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        setTimeout(poll, FRESH);
    });
})();
