"""A handler for aiosmtpd (Debian's python3-aiosmtpd) that keeps every message it accepts,
for the tests: the raw message as `<n>.eml` and its envelope as `<n>.json`, written in that
order and renamed into place, so a test that sees the JSON can read the whole message.

    python3 -m aiosmtpd -n -l 127.0.0.1:PORT [-u] -c smtp_sink.Sink FOLDER [accept|refuse|tempfail]

`-u` offers SMTPUTF8. `refuse` answers every recipient with a permanent 550, `tempfail`
with a temporary 451.
"""

import json
import os
import time


class Sink:
    @classmethod
    def from_cli(cls, parser, *args):
        # aiosmtpd passes the command line's CLASSARGS here.
        return cls(*args)

    def __init__(self, folder, mode="accept"):
        self.folder = folder
        self.mode = mode
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.mode == "refuse":
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if self.mode == "tempfail":
            return "451 4.3.0 Temporary local problem, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = "%020d-%04d" % (time.time_ns(), self.count)
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        self._write(name + ".eml", content)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "smtputf8": bool(envelope.smtp_utf8),
            "mail_options": list(envelope.mail_options),
        }
        self._write(name + ".json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        return "250 2.0.0 Ok: queued as %s" % name

    def _write(self, name, data):
        partial = os.path.join(self.folder, "." + name + ".part")
        with open(partial, "wb") as f:
            f.write(data)
        os.rename(partial, os.path.join(self.folder, name))
