#!/usr/bin/env python3
"""A local webhook receiver for the Casebridge walkthrough: verifies Standard Webhooks signatures and prints events.

Usage: python3 webhook_receiver.py --port 9999 --secret whsec_...   (Python 3 standard library only)
Answers 204 to a correctly signed request, 401 otherwise. Not for production: it trusts nothing but the signature.
"""
import argparse
import base64
import hashlib
import hmac
import json
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

TOLERANCE_SECONDS = 300


def verified(secret, headers, body):
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature", "")
    if not msg_id or not timestamp or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    key = base64.b64decode(secret.removeprefix("whsec_"))
    expected = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return any(
        candidate.startswith("v1,") and hmac.compare_digest(base64.b64decode(candidate[3:]), expected)
        for candidate in signatures.split(" ")
    )


def handler_for(secret):
    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if not verified(secret, self.headers, body):
                print(f"REJECTED {self.path}: bad or missing signature")
                self.send_response(401)
                self.end_headers()
                return
            event = json.loads(body)
            print(f"VERIFIED webhook-id={self.headers['webhook-id']} type={event['type']} subject={event['subject']}")
            print(json.dumps(event, indent=2))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    return Receiver


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9999)
    parser.add_argument("--secret", required=True, help="the whsec_ secret shown when subscribing")
    arguments = parser.parse_args()
    print(f"Listening on http://localhost:{arguments.port}/ (Ctrl-C to stop)")
    try:
        HTTPServer(("127.0.0.1", arguments.port), handler_for(arguments.secret)).serve_forever()
    except KeyboardInterrupt:
        pass
