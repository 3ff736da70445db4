package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.pki.SandboxCa;

/** Collaborators some handlers need beyond the request: the certificate authority. */
public record Services(SandboxCa ca) {}
