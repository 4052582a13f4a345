/**
 * `npm run build` writes custom-elements.json from the element's source: its `static properties`
 * (attributes and properties) and the JSDoc `@attr`, `@event`, `@csspart` and `@cssproperty`
 * tags. Editors, Storybook and framework wrappers read it. Only the public element is described;
 * the conversation and ticket form are internals rendered inside its shadow root.
 */
export default {
  globs: ['src/index.ts', 'src/widget/wallet-support.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};

/**
 * The manifest is the public API: private fields and methods are implementation, and a private
 * reactive property (`state: true`) is no attribute even though it sits in `static properties`.
 */
function publicApiOnly() {
  const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static;
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const members = declaration.members ?? [];
          const hidden = new Set(members.filter((member) => !isPublic(member)).map((member) => member.name));
          declaration.members = members.filter(isPublic);
          declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
          // `lang` is HTMLElement's own field, documented once on the class as `@attr`.
          for (const member of declaration.members) {
            const attribute = declaration.attributes?.find((candidate) => candidate.fieldName === member.name);
            if (!member.description && attribute?.description) member.description = attribute.description;
          }
        }
      }
    },
  };
}
