// The package's name and version, sent in the User-Agent. A test keeps them equal to package.json
// (importing package.json here would drag it into every bundle).
export const PACKAGE_NAME = "conversations-message";
export const VERSION = "0.1.0";
