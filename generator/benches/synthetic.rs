//! Synthetic OpenAPI 3.0 documents of any size, realistic in shape, for the
//! generator benchmarks.
//!
//! The document is built from "resources" of five operations each (list, create,
//! get, update, delete), like a typical REST API:
//!
//! - `GET|POST /api/v1/{scope}/resource{r}` and `GET|PUT|DELETE .../{id}`, under 0-2
//!   parent path parameters (`/orgs/{org}`, `/orgs/{org}/projects/{project}`), so an
//!   item path has 1-3 path parameters;
//! - 0-5 query parameters on lists (bool, integer, string, enum), 0-2 on gets;
//! - JSON bodies referencing shared component schemas: objects of 5-15 properties
//!   with nested `$ref`s (to shared schemas and to other resources), string enums,
//!   arrays of strings and of references, integers, booleans, nullable fields;
//! - 200/201/204 answers, 400/404 as `$ref`s to responses carrying an `ApiError`;
//! - an OAuth 2 scheme with read/write/admin scopes per area, and tags.
//!
//! Everything is derived from the resource number by a fixed-seed generator, so a
//! size always gives the same document.

use std::fmt::Write as _;

/// A small deterministic pseudo-random generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }
}

/// Functional areas; each is a tag and a set of scopes.
const AREAS: &[&str] = &[
    "billing",
    "builds",
    "catalog",
    "compute",
    "dns",
    "identity",
    "images",
    "inventory",
    "logging",
    "messaging",
    "metrics",
    "network",
    "orders",
    "policy",
    "quota",
    "registry",
    "search",
    "secrets",
    "storage",
    "teams",
];

const NOUNS: &[&str] = &[
    "name",
    "description",
    "owner_name",
    "created",
    "updated",
    "region",
    "revision",
    "size_bytes",
    "priority",
    "enabled",
    "archived",
    "checksum",
    "url",
    "comment",
    "retries",
    "weight",
    "label",
    "kind_name",
    "external_id",
    "expires",
];

/// A document with `operations` operations (rounded up to a multiple of five).
pub fn spec(operations: usize) -> String {
    let resources = operations.div_ceil(5);
    let mut rng = Rng(0x5EED_0000 ^ operations as u64);
    let mut out = String::with_capacity(resources * 9_000);
    out.push_str(HEADER);
    out.push_str("tags:\n");
    for area in AREAS {
        let _ = writeln!(
            out,
            "- name: {area}\n  description: Manage the {area} area."
        );
    }
    out.push_str("paths:\n");
    for r in 0..resources {
        paths(&mut out, r, &mut rng);
    }
    out.push_str("components:\n  securitySchemes:\n    oauth2:\n      type: oauth2\n");
    out.push_str("      description: OAuth 2 access tokens.\n      flows:\n");
    out.push_str("        authorizationCode:\n          authorizationUrl: /oauth/authorize\n");
    out.push_str("          tokenUrl: /oauth/token\n          scopes:\n");
    for area in AREAS {
        for level in ["read", "write", "admin"] {
            let _ = writeln!(out, "            {area}:{level}: {level} access to {area}.");
        }
    }
    out.push_str(RESPONSES);
    out.push_str("  schemas:\n");
    out.push_str(SHARED_SCHEMAS);
    for r in 0..resources {
        schemas(&mut out, r, &mut rng);
    }
    out
}

fn area(r: usize) -> &'static str {
    AREAS[r % AREAS.len()]
}

/// The path prefix of a resource and its parent path parameters (0-2).
fn prefix(r: usize) -> (String, usize) {
    match r % 3 {
        0 => (format!("/api/v1/{}", area(r)), 0),
        1 => (format!("/api/v1/{}/orgs/{{org}}", area(r)), 1),
        _ => (
            format!("/api/v1/{}/orgs/{{org}}/projects/{{project}}", area(r)),
            2,
        ),
    }
}

fn path_params(out: &mut String, parents: usize, item: bool) {
    let names = ["org", "project"];
    for name in &names[..parents] {
        let _ = write!(
            out,
            "      - name: {name}\n        in: path\n        required: true\n        description: The {name} that owns the resource.\n        schema:\n          type: string\n          pattern: ^[a-z0-9_-]+$\n"
        );
    }
    if item {
        out.push_str("      - name: id\n        in: path\n        required: true\n        description: Identifier of the resource.\n        schema:\n          type: string\n");
    }
}

fn query_params(out: &mut String, rng: &mut Rng, count: usize) {
    const KINDS: &[(&str, &str)] = &[
        ("include_deleted", "type: boolean\n          default: false"),
        (
            "limit",
            "type: integer\n          minimum: 1\n          maximum: 500",
        ),
        ("filter", "type: string"),
        (
            "order",
            "type: string\n          enum:\n          - asc\n          - desc",
        ),
        ("detailed", "type: boolean"),
        ("offset", "type: integer\n          minimum: 0"),
        ("owner", "type: string"),
        (
            "state",
            "type: string\n          enum:\n          - active\n          - disabled\n          - pending",
        ),
    ];
    let start = rng.range(0, KINDS.len() - 1);
    for i in 0..count {
        let (name, schema) = KINDS[(start + i) % KINDS.len()];
        let _ = write!(
            out,
            "      - name: {name}\n        in: query\n        required: false\n        description: The {name} of the listing.\n        schema:\n          {schema}\n"
        );
    }
}

fn security(out: &mut String, r: usize, level: &str) {
    let _ = write!(
        out,
        "      security:\n      - oauth2:\n        - {}:{level}\n",
        area(r)
    );
}

fn errors(out: &mut String, not_found: bool) {
    out.push_str("        '400':\n          $ref: '#/components/responses/BadRequest'\n");
    if not_found {
        out.push_str("        '404':\n          $ref: '#/components/responses/NotFound'\n");
    }
}

fn json_response(out: &mut String, status: u16, schema: &str) {
    let _ = write!(
        out,
        "        '{status}':\n          description: Successful invocation.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/{schema}'\n"
    );
}

fn json_body(out: &mut String, schema: &str) {
    let _ = write!(
        out,
        "      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/{schema}'\n"
    );
}

fn operation(out: &mut String, method: &str, id: &str, r: usize, summary: &str) {
    let _ = write!(
        out,
        "    {method}:\n      operationId: {id}{r}\n      tags:\n      - {}\n      summary: {summary}\n      description: {summary} The caller needs the scope named below.\n",
        area(r)
    );
}

fn paths(out: &mut String, r: usize, rng: &mut Rng) {
    let (prefix, parents) = prefix(r);
    let _ = writeln!(out, "  {prefix}/resource{r}:");
    operation(out, "get", "listResource", r, "List the resources.");
    out.push_str("      parameters:\n");
    path_params(out, parents, false);
    let count = rng.range(0, 5);
    query_params(out, rng, count);
    if parents == 0 && count == 0 {
        // An empty list reads `parameters: []`.
        out.truncate(out.len() - "      parameters:\n".len());
        out.push_str("      parameters: []\n");
    }
    security(out, r, "read");
    out.push_str("      responses:\n");
    json_response(out, 200, &format!("Resource{r}List"));
    errors(out, parents > 0);

    operation(out, "post", "createResource", r, "Create a resource.");
    if parents > 0 {
        out.push_str("      parameters:\n");
        path_params(out, parents, false);
    }
    json_body(out, &format!("NewResource{r}"));
    security(out, r, "write");
    out.push_str("      responses:\n");
    json_response(out, 201, &format!("Resource{r}"));
    errors(out, parents > 0);

    let _ = writeln!(out, "  {prefix}/resource{r}/{{id}}:");
    operation(out, "get", "getResource", r, "Get a resource.");
    out.push_str("      parameters:\n");
    path_params(out, parents, true);
    let count = rng.range(0, 2);
    query_params(out, rng, count);
    security(out, r, "read");
    out.push_str("      responses:\n");
    json_response(out, 200, &format!("Resource{r}"));
    errors(out, true);

    operation(out, "put", "updateResource", r, "Update a resource.");
    out.push_str("      parameters:\n");
    path_params(out, parents, true);
    json_body(out, &format!("NewResource{r}"));
    security(out, r, "write");
    out.push_str("      responses:\n");
    json_response(out, 200, &format!("Resource{r}"));
    errors(out, true);

    operation(out, "delete", "deleteResource", r, "Delete a resource.");
    out.push_str("      parameters:\n");
    path_params(out, parents, true);
    security(out, r, "admin");
    out.push_str("      responses:\n        '204':\n          description: Deleted.\n");
    errors(out, true);
}

/// One property of a resource schema, chosen by `kind`.
fn property(out: &mut String, r: usize, name: &str, kind: usize) {
    let _ = writeln!(out, "        {name}:");
    let body = match kind % 9 {
        0 | 1 => "          type: string\n".to_owned(),
        2 => "          type: integer\n          format: int64\n".to_owned(),
        3 => "          type: boolean\n".to_owned(),
        4 => "          type: string\n          enum:\n          - low\n          - medium\n          - high\n".to_owned(),
        5 => "          type: array\n          items:\n            type: string\n".to_owned(),
        6 => "          type: string\n          nullable: true\n".to_owned(),
        7 => "          type: number\n".to_owned(),
        _ => format!(
            "          type: array\n          items:\n            $ref: '#/components/schemas/{}'\n",
            if r > 0 { "Label".to_owned() } else { "Owner".to_owned() }
        ),
    };
    out.push_str(&body);
    let _ = writeln!(out, "          description: The {name} of the resource.");
}

fn schemas(out: &mut String, r: usize, rng: &mut Rng) {
    // The resource: 5-15 properties, always an id, an owner, a state enum and a
    // reference to an earlier resource (no cycles).
    let extra = rng.range(1, 11);
    let _ = write!(
        out,
        "    Resource{r}:\n      type: object\n      description: Resource number {r}.\n      required:\n      - id\n      - owner\n      - state\n      properties:\n        id:\n          type: string\n          description: Identifier.\n        owner:\n          $ref: '#/components/schemas/Owner'\n        state:\n          type: string\n          enum:\n          - active\n          - disabled\n          - pending\n          description: Lifecycle state.\n"
    );
    if r > 0 {
        let _ = write!(
            out,
            "        parent:\n          $ref: '#/components/schemas/Resource{}'\n",
            r / 2
        );
    } else {
        out.push_str("        parent:\n          type: string\n");
    }
    let start = rng.range(0, NOUNS.len() - 1);
    for i in 0..extra {
        let name = NOUNS[(start + i) % NOUNS.len()];
        let kind = rng.range(0, 8);
        property(out, r, name, kind);
    }
    // The body of create and update: 5-10 properties.
    let fields = rng.range(4, 9);
    let _ = write!(
        out,
        "    NewResource{r}:\n      type: object\n      description: A new or changed resource {r}.\n      required:\n      - name\n      properties:\n        name:\n          type: string\n          minLength: 1\n          maxLength: 255\n          description: The name.\n"
    );
    let start = rng.range(0, NOUNS.len() - 2);
    for i in 0..fields {
        // Skips NOUNS[0], `name`, which is already there.
        let name = NOUNS[1 + (start + i) % (NOUNS.len() - 1)];
        let kind = rng.range(0, 8);
        property(out, r, name, kind);
    }
    // The page of a listing.
    let _ = write!(
        out,
        "    Resource{r}List:\n      type: object\n      description: A page of resources {r}.\n      required:\n      - items\n      properties:\n        items:\n          type: array\n          items:\n            $ref: '#/components/schemas/Resource{r}'\n          description: The resources.\n        page:\n          $ref: '#/components/schemas/Page'\n"
    );
}

const HEADER: &str = "openapi: 3.0.3
info:
  title: Synthetic API
  version: '1.0'
  description: A synthetic API, generated for benchmarks.
servers:
- url: https://api.example.com
";

const RESPONSES: &str = "  responses:
    BadRequest:
      description: Bad Request
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/ApiError'
    NotFound:
      description: Not Found
      content:
        application/json:
          schema:
            $ref: '#/components/schemas/ApiError'
";

const SHARED_SCHEMAS: &str = "    ApiError:
      type: object
      description: The body of every error.
      required:
      - status
      - detail
      - type
      - title
      properties:
        status:
          type: integer
          description: Status code of the response.
        type:
          type: string
          description: Reference to the type of the error.
        detail:
          type: string
          description: Details about the error.
        title:
          type: string
          description: Unique error code.
    Owner:
      type: object
      description: Who owns a resource.
      required:
      - name
      - kind
      properties:
        name:
          type: string
          description: User or organization name.
        kind:
          type: string
          enum:
          - user
          - organization
          - robot
          description: The kind of owner.
        avatar:
          $ref: '#/components/schemas/Avatar'
    Avatar:
      type: object
      description: An avatar.
      properties:
        hash:
          type: string
          description: Hash of the image.
        color:
          type: string
          description: Background color.
    Label:
      type: object
      description: A key/value label.
      required:
      - key
      - value
      properties:
        key:
          type: string
          description: The key.
        value:
          type: string
          description: The value.
    Page:
      type: object
      description: Where a listing stands.
      properties:
        next_page:
          type: string
          nullable: true
          description: Token of the next page.
        total:
          type: integer
          description: Number of items in all pages.
";
