// Checks: sous reports itself as the Node release it follows (v24.22.3): process.version,
// versions.node, and release (libraries feature-detect Node with these).
const { version, versions, release } = process;
console.log(version, versions.node, version === `v${versions.node}`);
console.log(release.name, release.lts, release.sourceUrl, release.headersUrl);
const [major, minor] = version.slice(1).split('.').map(Number);
console.log('major', major, 'minor', minor, typeof process.features.require_module);
