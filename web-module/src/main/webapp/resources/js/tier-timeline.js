/*
 * Extender of the product page's tier timeline (p:chart, see TierTimeline.java): the x axis holds
 * epoch milliseconds and is shown as UTC dates, a tooltip gives a tier's window, and the markers the
 * config lists under plugins.timelineMarkers (purchase cutoff, licence end) are drawn as labelled lines.
 */
function tierTimeline() {
    var config = this.cfg.config;
    var day = function (millis) {
        return new Date(millis).toISOString().slice(0, 10);
    };
    var instant = function (millis) {
        return new Date(millis).toISOString().slice(0, 19).replace('T', ' ') + ' UTC';
    };
    config.options.scales.x.ticks.callback = day;
    config.options.plugins.tooltip = {
        callbacks: {
            label: function (item) {
                return item.dataset.label + ': ' + instant(item.raw.x[0]) + ' to ' + instant(item.raw.x[1]);
            }
        }
    };
    config.plugins = [{
        id: 'timelineMarkers',
        afterDatasetsDraw: function (chart, args, options) {
            var area = chart.chartArea;
            var ctx = chart.ctx;
            (options.markers || []).forEach(function (marker, i) {
                var x = chart.scales.x.getPixelForValue(marker.at);
                ctx.save();
                ctx.strokeStyle = marker.color;
                ctx.fillStyle = marker.color;
                ctx.lineWidth = 2;
                ctx.setLineDash([6, 4]);
                ctx.beginPath();
                ctx.moveTo(x, area.top - 16 * (i + 1) + 4);
                ctx.lineTo(x, area.bottom);
                ctx.stroke();
                ctx.font = '12px system-ui, sans-serif';
                ctx.textAlign = 'right';
                ctx.fillText(marker.label + ' ' + instant(marker.at), x - 5, area.top - 16 * i - 6);
                ctx.restore();
            });
        }
    }];
}
