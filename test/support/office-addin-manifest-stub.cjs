// office-addin-mock requires office-addin-manifest only for this enum; the real package pulls ESM-only
// dependencies that jest cannot load (see docs/TOOLING.md), so tests map it here.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
