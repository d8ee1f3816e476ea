//! rustls's errors as Node's (OpenSSL's) codes and messages: what a
//! certificate check refused, and what went wrong in the protocol.

use rustls::{CertificateError, Error};

/// `(code, message)` for a refused certificate, as Node words them.
pub(super) fn certificate(error: &Error, host: &str) -> (String, String) {
    if let Error::General(code) = error {
        if code == super::config::SELF_SIGNED {
            return (
                code.clone(),
                "self-signed certificate; if the root CA is installed locally, try running Node.js with --use-system-ca".into(),
            );
        }
    }
    let Error::InvalidCertificate(cert) = error else {
        return protocol(error);
    };
    let (code, message): (&str, String) = match cert {
        CertificateError::UnknownIssuer => (
            "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
            "unable to verify the first certificate".into(),
        ),
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            ("CERT_HAS_EXPIRED", "certificate has expired".into())
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            ("CERT_NOT_YET_VALID", "certificate is not yet valid".into())
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => (
            "ERR_TLS_CERT_ALTNAME_INVALID",
            format!("Hostname/IP does not match certificate's altnames: Host: {host}. is not in the cert's altnames"),
        ),
        CertificateError::Revoked => ("CERT_REVOKED", "certificate revoked".into()),
        CertificateError::BadSignature => {
            ("CERT_SIGNATURE_FAILURE", "certificate signature failure".into())
        }
        other => ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", format!("{other:?}")),
    };
    (code.into(), message)
}

/// `(code, message)` for a protocol failure.
pub(super) fn protocol(error: &Error) -> (String, String) {
    match error {
        Error::InvalidCertificate(_) => certificate(error, ""),
        Error::General(code) if code == super::config::SELF_SIGNED => certificate(error, ""),
        Error::InvalidMessage(_) => (
            "ERR_SSL_WRONG_VERSION_NUMBER".into(),
            "SSL routines:ssl3_get_record:wrong version number".into(),
        ),
        Error::AlertReceived(alert) => {
            let name = format!("{alert:?}");
            let snake = snake_upper(&name);
            (
                format!("ERR_SSL_TLSV1_ALERT_{snake}"),
                format!(
                    "SSL alert number: {}",
                    snake.to_lowercase().replace('_', " ")
                ),
            )
        }
        Error::NoApplicationProtocol => (
            "ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL".into(),
            "no application protocol".into(),
        ),
        other => ("ERR_SSL_SSL_HANDSHAKE_FAILURE".into(), other.to_string()),
    }
}

/// `BadCertificate` → `BAD_CERTIFICATE`.
fn snake_upper(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}
