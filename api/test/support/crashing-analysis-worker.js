// A claim-analysis worker that starts well, then dies on the first real claim (a lost thread).
function analyze({ input }) {
  if (input.now.getTime() === 0) return { warmedUp: true };
  process.exit(1);
}
module.exports.batch = (tasks) => tasks.map(analyze);
