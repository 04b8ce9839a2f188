/** The 五心 self-assessment collection (filled in by the self-assessment feature). */
export const assessmentCollections = {};
