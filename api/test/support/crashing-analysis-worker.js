// A claim-analysis worker that starts well, then dies on the first real claim (a lost thread).
module.exports = function analyze(input) {
  if (input.now.getTime() === 0) return { warmedUp: true };
  process.exit(1);
};
