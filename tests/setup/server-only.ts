// "server-only" throws outside React server code; tests are trusted server code.
import { vi } from "vitest";

vi.mock("server-only", () => ({}));
