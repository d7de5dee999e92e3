// Loaded by instrumentation.ts in the Node.js runtime only.
import http from "node:http";
import { installRawRequestGate } from "./raw-request-gate";

installRawRequestGate(http);
