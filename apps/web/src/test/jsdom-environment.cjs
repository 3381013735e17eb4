// jsdom with the fetch classes Node already has (react-router's data router builds Requests).
const JsdomEnvironment = require('jest-environment-jsdom').default;

class JsdomWithFetch extends JsdomEnvironment {
  async setup() {
    await super.setup();
    for (const name of ['Request', 'Response', 'Headers', 'fetch', 'TextEncoder', 'TextDecoder']) {
      if (!this.global[name]) this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetch;
