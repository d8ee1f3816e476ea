//! The rustls configurations behind `tls.connect` and `tls.createServer`:
//! which certificates a client trusts (the system's store, or the `ca`
//! given), and a verifier that records why a certificate was refused, so a
//! socket with `rejectUnauthorized: false` still reports
//! `authorized`/`authorizationError` as Node's does.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{ring, CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    ClientConfig, DigitallySignedStruct, Error, RootCertStore, ServerConfig, SignatureScheme,
};
use std::sync::{Arc, Mutex, OnceLock};

pub(super) fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    PROVIDER
        .get_or_init(|| Arc::new(ring::default_provider()))
        .clone()
}

/// The system's trusted certificates (read once: the store is a few hundred
/// files), as Node with `--use-system-ca` or a distribution's OpenSSL does.
fn system_roots() -> Arc<RootCertStore> {
    static ROOTS: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    ROOTS
        .get_or_init(|| {
            let mut roots = RootCertStore::empty();
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
            Arc::new(roots)
        })
        .clone()
}

/// Certificates from PEM text (one or more `BEGIN CERTIFICATE` blocks).
pub(super) fn certificates(pem: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs: Vec<_> = CertificateDer::pem_slice_iter(pem.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|e| format!("cannot read the certificate: {e}"))?;
    if certs.is_empty() {
        return Err("no certificate in the PEM text".into());
    }
    Ok(certs)
}

/// The refusal of a certificate that signed itself (OpenSSL's
/// DEPTH_ZERO_SELF_SIGNED_CERT), which webpki reports as an unknown issuer.
pub(super) const SELF_SIGNED: &str = "DEPTH_ZERO_SELF_SIGNED_CERT";

fn verify(
    roots: &Arc<RootCertStore>,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    server_name: &ServerName<'_>,
    now: UnixTime,
) -> Result<(), Error> {
    let verifier = WebPkiServerVerifier::builder_with_provider(roots.clone(), provider())
        .build()
        .map_err(|e| Error::General(e.to_string()))?;
    verifier
        .verify_server_cert(end_entity, intermediates, server_name, &[], now)
        .map(|_| ())
}

/// Whether `cert` verifies with itself as the only root (or is refused
/// only for being a CA, which a self-signed root is).
fn self_signed(cert: &CertificateDer<'_>, server_name: &ServerName<'_>, now: UnixTime) -> bool {
    let mut roots = RootCertStore::empty();
    if roots.add(cert.clone().into_owned()).is_err() {
        return false;
    }
    match verify(&Arc::new(roots), cert, &[], server_name, now) {
        Ok(()) => true,
        Err(Error::InvalidCertificate(rustls::CertificateError::Other(e))) => {
            format!("{e:?}").contains("CaUsedAsEndEntity")
        }
        Err(_) => false,
    }
}

/// Why the server's certificate was refused, if it was.
pub(super) type VerifyError = Arc<Mutex<Option<Error>>>;

/// Verifies as WebPKI does, records the refusal, and refuses only when
/// `reject` (Node's `rejectUnauthorized`).
#[derive(Debug)]
struct Recording {
    roots: Arc<RootCertStore>,
    /// The certificates given as `ca`, as DER: one of them presented as the
    /// server's own is trusted directly, as OpenSSL trusts it (webpki
    /// refuses a CA certificate as an end entity).
    pinned: Vec<CertificateDer<'static>>,
    algorithms: WebPkiSupportedAlgorithms,
    error: VerifyError,
    reject: bool,
}

impl Recording {
    fn check(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        now: UnixTime,
    ) -> Result<(), Error> {
        if self.roots.is_empty() {
            return Err(Error::InvalidCertificate(
                rustls::CertificateError::UnknownIssuer,
            ));
        }
        let result = verify(&self.roots, end_entity, intermediates, server_name, now);
        match result {
            Err(_)
                if self
                    .pinned
                    .iter()
                    .any(|p| p.as_ref() == end_entity.as_ref()) =>
            {
                Ok(())
            }
            Err(e) if intermediates.is_empty() && self_signed(end_entity, server_name, now) => {
                let _ = e;
                Err(Error::General(SELF_SIGNED.into()))
            }
            other => other,
        }
    }
}

impl ServerCertVerifier for Recording {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        match self.check(end_entity, intermediates, server_name, now) {
            Ok(()) => Ok(ServerCertVerified::assertion()),
            Err(e) => {
                let refused = self.reject.then(|| e.clone());
                if let Ok(mut slot) = self.error.lock() {
                    *slot = Some(e);
                }
                refused.map_or(Ok(ServerCertVerified::assertion()), Err)
            }
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// What a client is told to do.
pub(super) struct ClientOptions {
    pub(super) ca: Option<String>,
    pub(super) reject: bool,
    pub(super) alpn: Vec<Vec<u8>>,
}

pub(super) fn client(options: ClientOptions) -> Result<(ClientConfig, VerifyError), String> {
    let (roots, pinned) = match &options.ca {
        Some(pem) => {
            let certs = certificates(pem)?;
            let mut roots = RootCertStore::empty();
            roots.add_parsable_certificates(certs.clone());
            (Arc::new(roots), certs)
        }
        None => (system_roots(), Vec::new()),
    };
    let error: VerifyError = Arc::default();
    let verifier = Recording {
        roots,
        pinned,
        algorithms: provider().signature_verification_algorithms,
        error: error.clone(),
        reject: options.reject,
    };
    let mut config = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = options.alpn;
    Ok((config, error))
}

pub(super) fn server(cert: &str, key: &str, alpn: Vec<Vec<u8>>) -> Result<ServerConfig, String> {
    let certs = certificates(cert)?;
    let key = PrivateKeyDer::from_pem_slice(key.as_bytes())
        .map_err(|e| format!("cannot read the private key: {e}"))?;
    let mut config = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| e.to_string())?;
    config.alpn_protocols = alpn;
    Ok(config)
}
