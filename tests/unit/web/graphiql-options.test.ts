// Tests of the GraphiQL page's options and fetcher (web/src/graphiql/options.ts), without a DOM:
// lenient reading of what the server wrote into the page, and the POST the fetcher sends.

import { describe, expect, it } from "vitest";
import { createFetcher, DEFAULT_GRAPHIQL_OPTIONS, parseGraphiQLOptions } from "../../../web/src/graphiql/options.ts";

describe("web/graphiql/options", () => {
  describe("parseGraphiQLOptions", () => {
    it("reads the title, the endpoint, the tabs and the open editor tool", () => {
      const text = JSON.stringify({
        title: "news-kg GraphQL",
        endpoint: "/graphql",
        defaultTabs: [
          { query: "{ a }", variables: '{"x":1}' },
          { query: "{ b }", headers: "{}" },
        ],
        defaultEditorToolsVisibility: "variables",
        extra: true,
      });
      expect(parseGraphiQLOptions(text)).toEqual({
        title: "news-kg GraphQL",
        endpoint: "/graphql",
        defaultTabs: [
          { query: "{ a }", variables: '{"x":1}' },
          { query: "{ b }", headers: "{}" },
        ],
        defaultEditorToolsVisibility: "variables",
      });
    });

    it("falls back to the defaults for a missing, malformed or mistyped value", () => {
      for (const text of [null, undefined, "", "{", "[]", "42", "{}"]) {
        expect(parseGraphiQLOptions(text)).toEqual(DEFAULT_GRAPHIQL_OPTIONS);
      }
      const mistyped = JSON.stringify({
        title: " ",
        endpoint: "https://elsewhere.example/graphql",
        defaultTabs: [{ query: 3 }, null, { query: "{ ok }", variables: 5 }],
        defaultEditorToolsVisibility: "everything",
      });
      expect(parseGraphiQLOptions(mistyped)).toEqual({
        ...DEFAULT_GRAPHIQL_OPTIONS,
        defaultTabs: [{ query: "{ ok }" }],
      });
    });
  });

  describe("createFetcher", () => {
    it("POSTs the operation as JSON with the CSRF header and the headers editor's headers", async () => {
      const sent: { url: string; init: RequestInit }[] = [];
      const fetcher = createFetcher("/graphql", async (url, init) => {
        sent.push({ url: String(url), init: init ?? {} });
        return new Response(JSON.stringify({ data: { stats: { nodes: 3 } } }));
      });
      const params = { query: "{ stats { nodes } }", operationName: null, variables: { a: 1 } };
      const result = await fetcher(params, { headers: { Authorization: "Bearer t", skipped: 4 } });
      expect(result).toEqual({ data: { stats: { nodes: 3 } } });
      expect(sent).toHaveLength(1);
      expect(sent[0]?.url).toBe("/graphql");
      expect(sent[0]?.init.method).toBe("POST");
      expect(JSON.parse(String(sent[0]?.init.body))).toEqual(params);
      expect(sent[0]?.init.headers).toEqual({
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        "x-graphql-yoga-csrf": "1",
        authorization: "Bearer t",
      });
    });

    it("turns an answer that is not JSON into an error GraphiQL shows", async () => {
      const fetcher = createFetcher("/graphql", async () => new Response("Bad gateway", { status: 502 }));
      const result = (await fetcher({ query: "{ a }" })) as { errors: { message: string }[] };
      expect(result.errors[0]?.message).toContain("HTTP 502");
      expect(result.errors[0]?.message).toContain("Bad gateway");
    });
  });
});
