// The Recordings page's upload: the file goes from the browser straight to S3 on a presigned PUT
// (type and size are signed into it), with progress; then the server checks it and attaches it.
// A file of the wrong type or over the limit is refused here, before anything is sent.
var MarqueeVod = (function () {
    var MB = 1024 * 1024;
    var file = null;

    function box() {
        return document.getElementById('vodUploader');
    }

    function say(text, failed) {
        var status = document.getElementById('vodStatus');
        status.textContent = text;
        status.className = failed ? 'mq-error' : '';
    }

    function megabytes(bytes) {
        return (bytes / MB).toFixed(1);
    }

    function progress(loaded, total) {
        var percent = total > 0 ? Math.floor(loaded * 100 / total) : 0;
        PF('vodProgress').setValue(percent);
        document.getElementById('vodTransferred').textContent = megabytes(loaded) + ' of ' + megabytes(total) + ' MB';
    }

    // Browsers name .mkv and .mov files differently (or not at all, or video/webm): a type the
    // page does not take is replaced by the one the extension stands for
    function typeOf(chosen) {
        if (box().dataset.types.split(',').indexOf(chosen.type) >= 0) {
            return chosen.type;
        }
        var dot = chosen.name.lastIndexOf('.');
        var extension = dot < 0 ? '' : chosen.name.substring(dot).toLowerCase();
        var known = box().dataset.extensions.split(',').map(function (pair) {
            return pair.split('=');
        }).filter(function (pair) {
            return pair[0] === extension;
        });
        return known.length ? known[0][1] : chosen.type;
    }

    function start() {
        var chosen = document.getElementById('vodFile').files[0];
        var max = Number(box().dataset.maxBytes);
        if (!chosen) {
            say('Choose a video file first.', true);
            return;
        }
        if (box().dataset.types.split(',').indexOf(typeOf(chosen)) < 0) {
            say(chosen.name + ' is not a video Marquee takes: MP4, MOV or MKV.', true);
            return;
        }
        if (chosen.size > max) {
            say(chosen.name + ' has ' + megabytes(chosen.size) + ' MB: the limit is ' + megabytes(max) + ' MB.', true);
            return;
        }
        file = chosen;
        progress(0, file.size);
        say('Preparing the upload …');
        vodAnnounce([{name: 'fileName', value: file.name}, {name: 'contentType', value: typeOf(file)},
            {name: 'size', value: String(file.size)}]);
    }

    function announced(args) {
        if (!args || !args.upload) {
            say(args && args.refused ? args.refused : 'The upload was refused.', true);
            return;
        }
        var upload = JSON.parse(args.upload);
        var put = new XMLHttpRequest();
        put.open('PUT', upload.url);
        Object.keys(upload.headers).forEach(function (name) {
            // the browser sets the length itself, from the file: it is the signed one
            if (name.toLowerCase() !== 'content-length') {
                put.setRequestHeader(name, upload.headers[name]);
            }
        });
        put.upload.onprogress = function (event) {
            progress(event.loaded, event.lengthComputable ? event.total : file.size);
        };
        put.onload = function () {
            if (put.status >= 200 && put.status < 300) {
                progress(file.size, file.size);
                say('Uploaded. Checking it …');
                vodCheck([{name: 'recordingId', value: String(upload.recordingId)}]);
            } else {
                var code = /<Code>([^<]+)<\/Code>/.exec(put.responseText || '');
                say('Storage refused the upload (HTTP ' + put.status + (code ? ', ' + code[1] : '')
                    + '): the link may have expired. The recording stays pending; upload it again.', true);
                vodRefresh();
            }
        };
        put.onerror = function () {
            say('The upload did not reach storage (network or CORS). The recording stays pending.', true);
            vodRefresh();
        };
        say('Uploading ' + file.name + ' …');
        put.send(file);
    }

    function checked(args) {
        if (args && args.status === 'attached') {
            say(file.name + ' is uploaded and attached.');
        } else if (args && args.status === 'failed') {
            say(file.name + ' failed its check.', true);
        } else {
            say('Nothing has arrived in storage yet: the recording stays pending.', true);
        }
    }

    return {start: start, announced: announced, checked: checked};
}());
