"""A real ``kg serve`` on a free loopback port, for the server tests (import the fixtures)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, build: Path, *extra: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--port", str(self.port), "--build", str(build),
             *extra], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"kg serve ended: {self.process.stderr.read()}")
            try:
                if httpx.get(self.url + "/api", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("kg serve did not answer within 60 s")

    def alive(self) -> bool:
        return self.process.poll() is None and httpx.get(self.url + "/api").status_code == 200

    def stop(self) -> None:
        stop_process(self.process)


def stop_process(process: subprocess.Popen) -> None:
    """Ask a server to stop; kill it when it has not within 10 s."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def server(real_build):
    running = Server(real_build, "--timeout", "3", "--max-rows", "5000")
    yield running
    running.stop()


@pytest.fixture(scope="session")
def xss_server(xss_build):
    running = Server(xss_build)
    yield running
    running.stop()
