/** The quiz question bank collection (filled in by the quiz feature). */
export const quizCollections = {};
