/*
 * The live sales dashboard: draws the figures the page came with, then listens to the server's push
 * (server-sent events) and redraws with every newer set. The browser reconnects by itself after a
 * network hiccup, and the first event after a reconnect is the figures as they are then.
 * data-pushed-at on the dashboard says when the last push was drawn (epoch ms), for tests and benchmarks.
 */
(function () {
    'use strict';

    function money(revenue) {
        const amounts = Object.entries(revenue || {});
        if (amounts.length === 0) {
            return '0';
        }
        return amounts.map(([currency, amount]) => new Intl.NumberFormat('en', {style: 'currency', currency: currency})
            .format(Number(amount))).join(' · ');
    }

    function text(id, value) {
        document.getElementById(id).textContent = value;
    }

    function rows(tableId, items, cells) {
        const body = document.querySelector('#' + tableId + ' tbody');
        body.replaceChildren(...items.map(item => {
            const row = document.createElement('tr');
            cells(item).forEach((value, index) => {
                const cell = document.createElement('td');
                cell.textContent = value;
                if (index > 0) {
                    cell.className = 'mq-number';
                }
                row.appendChild(cell);
            });
            return row;
        }));
    }

    function draw(figures) {
        text('revenue', money(figures.revenue));
        text('ticketsSold', figures.ticketsSold);
        text('capacity', figures.capacity);
        text('visits', figures.visits);
        text('conversion', figures.conversion);
        text('sales', figures.sales);
        text('refunds', figures.refunds);
        rows('sources', figures.sources, s => [s.source, s.visits, s.sales, s.ticketsSold, money(s.revenue)]);
        rows('ticketTypes', figures.ticketTypes, t => [t.ticketType, t.ticketsSold, t.capacity, money(t.revenue)]);
        const widget = window.PF && PF('salesChart');
        if (widget && widget.chart) {
            widget.chart.data.labels = figures.hourly.labels;
            widget.chart.data.datasets[0].data = figures.hourly.tickets;
            widget.chart.update('none');
        }
    }

    function start() {
        const dashboard = document.getElementById('liveSales');
        if (!dashboard) {
            return;
        }
        let shownAt = 0;
        function show(figures) {
            const at = Date.parse(figures.at);
            if (at < shownAt) {
                return; // an older update overtaken by a newer one
            }
            shownAt = at;
            draw(figures);
        }
        show(JSON.parse(dashboard.dataset.figures));
        const state = document.getElementById('liveState');
        const stream = new EventSource(dashboard.dataset.stream);
        stream.addEventListener('open', () => { state.textContent = 'live'; });
        stream.addEventListener('error', () => { state.textContent = 'reconnecting…'; });
        stream.addEventListener('figures', message => {
            show(JSON.parse(message.data));
            dashboard.dataset.pushedAt = String(Date.now());
            dashboard.dataset.pushes = String(Number(dashboard.dataset.pushes || 0) + 1);
        });
        window.addEventListener('pagehide', () => stream.close());
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
