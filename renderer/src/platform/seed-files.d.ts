// The seeds of the web build, listed by renderer/seed-files-plugin.ts (names sorted).
declare module 'virtual:seed-files' {
  export type SeedFile = import('../../seed-files-plugin').SeedFile;
  const seedFiles: readonly SeedFile[];
  export default seedFiles;
}
