// Jest runs each test file in its own VM realm, so typed arrays made in a test are not `instanceof` the
// host's Float32Array that onnxruntime-node's native code returns and checks. Sharing the host's typed
// array constructors with the test realm makes both sides agree.
const { TestEnvironment } = require('jest-environment-node');

const TYPED_ARRAYS = ['ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

class NodeRealmEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}

module.exports = NodeRealmEnvironment;
