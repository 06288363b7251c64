/** Placeholder; replaced by the dependency rule. */
module.exports = { forbidden: [], options: { tsPreCompilationDeps: true } };
