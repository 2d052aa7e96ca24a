// This file is generated from the OpenAPI document "Red Hat Quay API" (version v1).
// Do not edit it by hand: change the document and regenerate.

//! The data types of the API: one per schema of the document.

/// Adds a label to a manifest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddLabel {
    /// The key for the label.
    pub key: String,
    /// The value for the label.
    pub value: String,
    /// The media type for this label.
    ///
    /// Always present; may be null.
    pub media_type: Option<AddLabelMediaType>,
}

impl serde::Serialize for AddLabel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AddLabel", 3, &[]);
        out.field("key", &self.key);
        out.field("value", &self.value);
        out.field("media_type", &self.media_type);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddLabel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AddLabel {
    const EXPECTING: &'static str = "struct AddLabel";
    const FIELDS: &'static [&'static str] = &["key", "value", "media_type"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut key: Option<String> = None;
        let mut value: Option<String> = None;
        let mut media_type: Option<AddLabelMediaType> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut key),
                Some(1) => map.value(&mut value),
                Some(2) => map.nullable(&mut media_type),
                _ => break,
            }?;
        }
        Ok(AddLabel {
            key: map.required(key, "key")?,
            value: map.required(value, "value")?,
            media_type,
        })
    }
}

impl Validate for AddLabel {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("media_type", self.media_type.validate());
        checks.done()
    }
}

/// The media type for this label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddLabelMediaType {
    /// `text/plain`
    TextPlain,
    /// `application/json`
    ApplicationJson,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl AddLabelMediaType {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["text/plain", "application/json"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextPlain => "text/plain",
            Self::ApplicationJson => "application/json",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AddLabelMediaType {
    fn from(value: &str) -> Self {
        match value {
            "text/plain" => Self::TextPlain,
            "application/json" => Self::ApplicationJson,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for AddLabelMediaType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AddLabelMediaType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AddLabelMediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AddLabelMediaType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for AddLabelMediaType {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The label just added to a manifest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddedManifestLabel {
    /// The `label` property.
    pub label: ManifestLabel,
}

impl serde::Serialize for AddedManifestLabel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AddedManifestLabel", 1, &[]);
        out.field("label", &self.label);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddedManifestLabel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AddedManifestLabel {
    const EXPECTING: &'static str = "struct AddedManifestLabel";
    const FIELDS: &'static [&'static str] = &["label"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut label: Option<ManifestLabel> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut label)?;
        }
        Ok(AddedManifestLabel {
            label: map.required(label, "label")?,
        })
    }
}

impl Validate for AddedManifestLabel {}

/// Number of log entries per kind and day.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AggregatedLogs {
    /// One count per log kind and day.
    pub aggregated: Vec<AggregatedLogsAggregatedItem>,
}

impl serde::Serialize for AggregatedLogs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AggregatedLogs", 1, &[]);
        out.field("aggregated", &self.aggregated);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AggregatedLogs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AggregatedLogs {
    const EXPECTING: &'static str = "struct AggregatedLogs";
    const FIELDS: &'static [&'static str] = &["aggregated"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut aggregated: Option<Vec<AggregatedLogsAggregatedItem>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut aggregated)?;
        }
        Ok(AggregatedLogs {
            aggregated: map.required(aggregated, "aggregated")?,
        })
    }
}

impl Validate for AggregatedLogs {}

/// The number of log entries of one kind on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregatedLogsAggregatedItem {
    /// Kind of the logged action.
    pub kind: String,
    /// Number of entries of this kind on this day.
    pub count: i64,
    /// The day counted, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub datetime: DateTime,
}

impl serde::Serialize for AggregatedLogsAggregatedItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AggregatedLogsAggregatedItem", 3, &[]);
        out.field("kind", &self.kind);
        out.field("count", &self.count);
        out.field("datetime", &self.datetime);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AggregatedLogsAggregatedItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AggregatedLogsAggregatedItem {
    const EXPECTING: &'static str = "struct AggregatedLogsAggregatedItem";
    const FIELDS: &'static [&'static str] = &["kind", "count", "datetime"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<String> = None;
        let mut count: Option<i64> = None;
        let mut datetime: Option<DateTime> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut kind),
                Some(1) => map.value(&mut count),
                Some(2) => map.value(&mut datetime),
                _ => break,
            }?;
        }
        Ok(AggregatedLogsAggregatedItem {
            kind: map.required(kind, "kind")?,
            count: map.required(count, "count")?,
            datetime: map.required(datetime, "datetime")?,
        })
    }
}

impl Validate for AggregatedLogsAggregatedItem {}

/// The body of every error Quay answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiError {
    /// Status code of the response.
    pub status: i64,
    /// Reference to the type of the error.
    pub type_: String,
    /// Details about the specific instance of the error.
    pub detail: String,
    /// Unique error code to identify the type of error.
    pub title: String,
    /// Deprecated; alias for detail.
    pub error_message: Option<String>,
    /// Deprecated; alias for detail.
    pub error_type: Option<String>,
    /// Sent with 401 answers (`getLoggedInUser` without a valid session or token, for one); true when signing in would help.
    pub session_required: Option<bool>,
}

impl serde::Serialize for ApiError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.error_message.is_some(),
            self.error_type.is_some(),
            self.session_required.is_some(),
        ];
        let mut out = write_fields(serializer, "ApiError", 4, &present);
        out.field("status", &self.status);
        out.field("type", &self.type_);
        out.field("detail", &self.detail);
        out.field("title", &self.title);
        out.optional("error_message", &self.error_message);
        out.optional("error_type", &self.error_type);
        out.optional("session_required", &self.session_required);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApiError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ApiError {
    const EXPECTING: &'static str = "struct ApiError";
    const FIELDS: &'static [&'static str] = &[
        "status",
        "type",
        "detail",
        "title",
        "error_message",
        "error_type",
        "session_required",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut status: Option<i64> = None;
        let mut type_: Option<String> = None;
        let mut detail: Option<String> = None;
        let mut title: Option<String> = None;
        let mut error_message: Option<String> = None;
        let mut error_type: Option<String> = None;
        let mut session_required: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut status),
                Some(1) => map.value(&mut type_),
                Some(2) => map.value(&mut detail),
                Some(3) => map.value(&mut title),
                Some(4) => map.optional(&mut error_message),
                Some(5) => map.optional(&mut error_type),
                Some(6) => map.optional(&mut session_required),
                _ => break,
            }?;
        }
        Ok(ApiError {
            status: map.required(status, "status")?,
            type_: map.required(type_, "type")?,
            detail: map.required(detail, "detail")?,
            title: map.required(title, "title")?,
            error_message,
            error_type,
            session_required,
        })
    }
}

impl Validate for ApiError {}

/// Describes one kind of API error.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiErrorDescription {
    /// A reference to the error type resource.
    pub type_: String,
    /// The title of the error. Can be used to uniquely identify the kind of error.
    pub title: String,
    /// A more detailed description of the error that may include help for fixing the issue.
    pub description: String,
}

impl serde::Serialize for ApiErrorDescription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ApiErrorDescription", 3, &[]);
        out.field("type", &self.type_);
        out.field("title", &self.title);
        out.field("description", &self.description);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApiErrorDescription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ApiErrorDescription {
    const EXPECTING: &'static str = "struct ApiErrorDescription";
    const FIELDS: &'static [&'static str] = &["type", "title", "description"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut title: Option<String> = None;
        let mut description: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut type_),
                Some(1) => map.value(&mut title),
                Some(2) => map.value(&mut description),
                _ => break,
            }?;
        }
        Ok(ApiErrorDescription {
            type_: map.required(type_, "type")?,
            title: map.required(title, "title")?,
            description: map.required(description, "description")?,
        })
    }
}

impl Validate for ApiErrorDescription {}

/// Either error body of Quay's 400s; see ErrorMessage.
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ApiErrorOrMessage {
    /// Alternative 1 of the document's list.
    ApiError(ApiError),
    /// Alternative 2 of the document's list.
    ErrorMessage(ErrorMessage),
}

impl Validate for ApiErrorOrMessage {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            ApiErrorOrMessage::ApiError(value) => value.validate(),
            ApiErrorOrMessage::ErrorMessage(value) => value.validate(),
        }
    }
}

/// An app specific token of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct AppToken {
    /// The uuid of the token.
    pub uuid: String,
    /// The user-defined title of the token.
    pub title: String,
    /// When the token was last used; null if never, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    ///
    /// Always present; may be null.
    pub last_accessed: Option<DateTime>,
    /// When the token was created, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub created: DateTime,
    /// When the token expires; null if it never expires, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    ///
    /// Always present; may be null.
    pub expiration: Option<DateTime>,
    /// The full token string (only in createAppToken and getAppToken answers).
    pub token_code: Option<String>,
}

impl serde::Serialize for AppToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.token_code.is_some()];
        let mut out = write_fields(serializer, "AppToken", 5, &present);
        out.field("uuid", &self.uuid);
        out.field("title", &self.title);
        out.field("last_accessed", &self.last_accessed);
        out.field("created", &self.created);
        out.field("expiration", &self.expiration);
        out.optional("token_code", &self.token_code);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AppToken {
    const EXPECTING: &'static str = "struct AppToken";
    const FIELDS: &'static [&'static str] = &[
        "uuid",
        "title",
        "last_accessed",
        "created",
        "expiration",
        "token_code",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut uuid: Option<String> = None;
        let mut title: Option<String> = None;
        let mut last_accessed: Option<DateTime> = None;
        let mut created: Option<DateTime> = None;
        let mut expiration: Option<DateTime> = None;
        let mut token_code: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut uuid),
                Some(1) => map.value(&mut title),
                Some(2) => map.nullable(&mut last_accessed),
                Some(3) => map.value(&mut created),
                Some(4) => map.nullable(&mut expiration),
                Some(5) => map.optional(&mut token_code),
                _ => break,
            }?;
        }
        Ok(AppToken {
            uuid: map.required(uuid, "uuid")?,
            title: map.required(title, "title")?,
            last_accessed,
            created: map.required(created, "created")?,
            expiration,
            token_code,
        })
    }
}

impl Validate for AppToken {}

/// One app specific token, including its code.
#[derive(Debug, Clone, PartialEq)]
pub struct AppTokenEnvelope {
    /// The `token` property.
    pub token: AppToken,
}

impl serde::Serialize for AppTokenEnvelope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AppTokenEnvelope", 1, &[]);
        out.field("token", &self.token);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppTokenEnvelope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AppTokenEnvelope {
    const EXPECTING: &'static str = "struct AppTokenEnvelope";
    const FIELDS: &'static [&'static str] = &["token"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut token: Option<AppToken> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut token)?;
        }
        Ok(AppTokenEnvelope {
            token: map.required(token, "token")?,
        })
    }
}

impl Validate for AppTokenEnvelope {}

/// The app specific tokens of the current user, without their codes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppTokenList {
    /// The tokens.
    pub tokens: Vec<AppToken>,
    /// The `expiring` query parameter as given (null when absent).
    ///
    /// Always present; may be null.
    pub only_expiring: Option<bool>,
}

impl serde::Serialize for AppTokenList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AppTokenList", 2, &[]);
        out.field("tokens", &self.tokens);
        out.field("only_expiring", &self.only_expiring);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppTokenList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AppTokenList {
    const EXPECTING: &'static str = "struct AppTokenList";
    const FIELDS: &'static [&'static str] = &["tokens", "only_expiring"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut tokens: Option<Vec<AppToken>> = None;
        let mut only_expiring: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut tokens),
                Some(1) => map.nullable(&mut only_expiring),
                _ => break,
            }?;
        }
        Ok(AppTokenList {
            tokens: map.required(tokens, "tokens")?,
            only_expiring,
        })
    }
}

impl Validate for AppTokenList {}

/// Public information about an OAuth application.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationInformation {
    /// Name of the application.
    pub name: String,
    /// Description of the application.
    pub description: String,
    /// Homepage URI of the application.
    pub uri: String,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// The `organization` property.
    pub organization: Organization,
}

impl serde::Serialize for ApplicationInformation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ApplicationInformation", 5, &[]);
        out.field("name", &self.name);
        out.field("description", &self.description);
        out.field("uri", &self.uri);
        out.field("avatar", &self.avatar);
        out.field("organization", &self.organization);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationInformation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ApplicationInformation {
    const EXPECTING: &'static str = "struct ApplicationInformation";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "uri",
        "avatar",
        "organization",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut uri: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        let mut organization: Option<Organization> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut description),
                Some(2) => map.value(&mut uri),
                Some(3) => map.value(&mut avatar),
                Some(4) => map.value(&mut organization),
                _ => break,
            }?;
        }
        Ok(ApplicationInformation {
            name: map.required(name, "name")?,
            description: map.required(description, "description")?,
            uri: map.required(uri, "uri")?,
            avatar: map.required(avatar, "avatar")?,
            organization: map.required(organization, "organization")?,
        })
    }
}

impl Validate for ApplicationInformation {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("avatar", self.avatar.validate());
        checks.at("organization", self.organization.validate());
        checks.done()
    }
}

/// Information for approving service keys.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApproveServiceKey {
    /// Optional approval notes.
    pub notes: Option<String>,
}

impl serde::Serialize for ApproveServiceKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.notes.is_some()];
        let mut out = write_fields(serializer, "ApproveServiceKey", 0, &present);
        out.optional("notes", &self.notes);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApproveServiceKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ApproveServiceKey {
    const EXPECTING: &'static str = "struct ApproveServiceKey";
    const FIELDS: &'static [&'static str] = &["notes"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut notes: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.optional(&mut notes)?;
        }
        Ok(ApproveServiceKey { notes })
    }
}

impl Validate for ApproveServiceKey {}

/// An auto-prune policy of a namespace.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoPrunePolicy {
    /// The unique ID of the policy.
    pub uuid: String,
    /// The pruning method.
    pub method: AutoPrunePolicyMethod,
    /// The value of the pruning method (number of tags or time delta such as 7d).
    pub value: AutoPrunePolicyValue,
}

impl serde::Serialize for AutoPrunePolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AutoPrunePolicy", 3, &[]);
        out.field("uuid", &self.uuid);
        out.field("method", &self.method);
        out.field("value", &self.value);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoPrunePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AutoPrunePolicy {
    const EXPECTING: &'static str = "struct AutoPrunePolicy";
    const FIELDS: &'static [&'static str] = &["uuid", "method", "value"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut uuid: Option<String> = None;
        let mut method: Option<AutoPrunePolicyMethod> = None;
        let mut value: Option<AutoPrunePolicyValue> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut uuid),
                Some(1) => map.value(&mut method),
                Some(2) => map.value(&mut value),
                _ => break,
            }?;
        }
        Ok(AutoPrunePolicy {
            uuid: map.required(uuid, "uuid")?,
            method: map.required(method, "method")?,
            value: map.required(value, "value")?,
        })
    }
}

impl Validate for AutoPrunePolicy {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("method", self.method.validate());
        checks.done()
    }
}

/// The policy configuration that is to be applied to the organization or user namespace.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoPrunePolicyConfig {
    /// The method to use for pruning tags (number\_of\_tags, creation\_date).
    pub method: AutoPrunePolicyConfigMethod,
    /// The value to use for the pruning method: a number of tags for number\_of\_tags (e.g. 10), a time delta for creation\_date (e.g. 7d for 7 days).
    pub value: AutoPrunePolicyConfigValue,
}

impl serde::Serialize for AutoPrunePolicyConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AutoPrunePolicyConfig", 2, &[]);
        out.field("method", &self.method);
        out.field("value", &self.value);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoPrunePolicyConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AutoPrunePolicyConfig {
    const EXPECTING: &'static str = "struct AutoPrunePolicyConfig";
    const FIELDS: &'static [&'static str] = &["method", "value"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut method: Option<AutoPrunePolicyConfigMethod> = None;
        let mut value: Option<AutoPrunePolicyConfigValue> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut method),
                Some(1) => map.value(&mut value),
                _ => break,
            }?;
        }
        Ok(AutoPrunePolicyConfig {
            method: map.required(method, "method")?,
            value: map.required(value, "value")?,
        })
    }
}

impl Validate for AutoPrunePolicyConfig {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("method", self.method.validate());
        checks.done()
    }
}

/// The method to use for pruning tags (number\_of\_tags, creation\_date).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AutoPrunePolicyConfigMethod {
    /// `number_of_tags`
    NumberOfTags,
    /// `creation_date`
    CreationDate,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl AutoPrunePolicyConfigMethod {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["number_of_tags", "creation_date"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NumberOfTags => "number_of_tags",
            Self::CreationDate => "creation_date",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AutoPrunePolicyConfigMethod {
    fn from(value: &str) -> Self {
        match value {
            "number_of_tags" => Self::NumberOfTags,
            "creation_date" => Self::CreationDate,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for AutoPrunePolicyConfigMethod {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AutoPrunePolicyConfigMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AutoPrunePolicyConfigMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AutoPrunePolicyConfigMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for AutoPrunePolicyConfigMethod {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The value to use for the pruning method: a number of tags for number\_of\_tags (e.g. 10), a time delta for creation\_date (e.g. 7d for 7 days).
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AutoPrunePolicyConfigValue {
    /// Alternative 1 of the document's list.
    Integer(i64),
    /// Alternative 2 of the document's list.
    String(String),
}

impl Validate for AutoPrunePolicyConfigValue {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            AutoPrunePolicyConfigValue::Integer(value) => value.validate(),
            AutoPrunePolicyConfigValue::String(value) => value.validate(),
        }
    }
}

/// Identifies an auto-prune policy that was created or deleted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutoPrunePolicyId {
    /// The unique ID of the policy.
    pub uuid: String,
}

impl serde::Serialize for AutoPrunePolicyId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AutoPrunePolicyId", 1, &[]);
        out.field("uuid", &self.uuid);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoPrunePolicyId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AutoPrunePolicyId {
    const EXPECTING: &'static str = "struct AutoPrunePolicyId";
    const FIELDS: &'static [&'static str] = &["uuid"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut uuid: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut uuid)?;
        }
        Ok(AutoPrunePolicyId {
            uuid: map.required(uuid, "uuid")?,
        })
    }
}

impl Validate for AutoPrunePolicyId {}

/// The auto-prune policies of a namespace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutoPrunePolicyList {
    /// The policies.
    pub policies: Vec<AutoPrunePolicy>,
}

impl serde::Serialize for AutoPrunePolicyList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "AutoPrunePolicyList", 1, &[]);
        out.field("policies", &self.policies);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoPrunePolicyList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for AutoPrunePolicyList {
    const EXPECTING: &'static str = "struct AutoPrunePolicyList";
    const FIELDS: &'static [&'static str] = &["policies"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut policies: Option<Vec<AutoPrunePolicy>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut policies)?;
        }
        Ok(AutoPrunePolicyList {
            policies: map.required(policies, "policies")?,
        })
    }
}

impl Validate for AutoPrunePolicyList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("policies", self.policies.validate());
        checks.done()
    }
}

/// The pruning method.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AutoPrunePolicyMethod {
    /// `number_of_tags`
    NumberOfTags,
    /// `creation_date`
    CreationDate,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl AutoPrunePolicyMethod {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["number_of_tags", "creation_date"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NumberOfTags => "number_of_tags",
            Self::CreationDate => "creation_date",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AutoPrunePolicyMethod {
    fn from(value: &str) -> Self {
        match value {
            "number_of_tags" => Self::NumberOfTags,
            "creation_date" => Self::CreationDate,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for AutoPrunePolicyMethod {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AutoPrunePolicyMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AutoPrunePolicyMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AutoPrunePolicyMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for AutoPrunePolicyMethod {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The value of the pruning method (number of tags or time delta such as 7d).
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum AutoPrunePolicyValue {
    /// Alternative 1 of the document's list.
    Integer(i64),
    /// Alternative 2 of the document's list.
    String(String),
}

impl Validate for AutoPrunePolicyValue {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            AutoPrunePolicyValue::Integer(value) => value.validate(),
            AutoPrunePolicyValue::String(value) => value.validate(),
        }
    }
}

/// Avatar data of a user, robot, team, organization or application.
#[derive(Debug, Clone, PartialEq)]
pub struct Avatar {
    /// Name the avatar is for.
    pub name: String,
    /// Gravatar-style MD5 hash of the e-mail or name.
    pub hash: String,
    /// Background colour of the avatar, e.g. #969696.
    pub color: String,
    /// Kind of entity.
    pub kind: AvatarKind,
}

impl serde::Serialize for Avatar {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "Avatar", 4, &[]);
        out.field("name", &self.name);
        out.field("hash", &self.hash);
        out.field("color", &self.color);
        out.field("kind", &self.kind);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for Avatar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for Avatar {
    const EXPECTING: &'static str = "struct Avatar";
    const FIELDS: &'static [&'static str] = &["name", "hash", "color", "kind"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut hash: Option<String> = None;
        let mut color: Option<String> = None;
        let mut kind: Option<AvatarKind> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut hash),
                Some(2) => map.value(&mut color),
                Some(3) => map.value(&mut kind),
                _ => break,
            }?;
        }
        Ok(Avatar {
            name: map.required(name, "name")?,
            hash: map.required(hash, "hash")?,
            color: map.required(color, "color")?,
            kind: map.required(kind, "kind")?,
        })
    }
}

impl Validate for Avatar {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.done()
    }
}

/// Kind of entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AvatarKind {
    /// `user`
    User,
    /// `robot`
    Robot,
    /// `team`
    Team,
    /// `org`
    Org,
    /// `app`
    App,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl AvatarKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "robot", "team", "org", "app"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Robot => "robot",
            Self::Team => "team",
            Self::Org => "org",
            Self::App => "app",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AvatarKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "robot" => Self::Robot,
            "team" => Self::Team,
            "org" => Self::Org,
            "app" => Self::App,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for AvatarKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AvatarKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AvatarKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AvatarKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for AvatarKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A build trigger of a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildTrigger {
    /// The UUID of the trigger.
    pub id: String,
    /// The trigger's service, e.g. github, gitlab, bitbucket, custom-git.
    pub service: String,
    /// Whether the trigger has been activated.
    pub is_active: bool,
    /// The source repository the trigger builds from (null without read access).
    ///
    /// Always present; may be null.
    pub build_source: Option<String>,
    /// URL of the source repository (null without read access or source).
    ///
    /// Always present; may be null.
    pub repository_url: Option<String>,
    /// The trigger's configuration (empty unless the caller administers the repository).
    pub config: serde_json::Map<String, serde_json::Value>,
    /// Whether the caller can start the trigger.
    pub can_invoke: bool,
    /// Whether the trigger is enabled.
    pub enabled: bool,
    /// Why the trigger was disabled, if it was.
    ///
    /// Always present; may be null.
    pub disabled_reason: Option<String>,
    /// The robot used to pull images during builds, if any.
    pub pull_robot: Option<BuildTriggerPullRobot>,
}

impl serde::Serialize for BuildTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.pull_robot.is_some()];
        let mut out = write_fields(serializer, "BuildTrigger", 9, &present);
        out.field("id", &self.id);
        out.field("service", &self.service);
        out.field("is_active", &self.is_active);
        out.field("build_source", &self.build_source);
        out.field("repository_url", &self.repository_url);
        out.field("config", &self.config);
        out.field("can_invoke", &self.can_invoke);
        out.field("enabled", &self.enabled);
        out.field("disabled_reason", &self.disabled_reason);
        out.optional("pull_robot", &self.pull_robot);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for BuildTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for BuildTrigger {
    const EXPECTING: &'static str = "struct BuildTrigger";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "service",
        "is_active",
        "build_source",
        "repository_url",
        "config",
        "can_invoke",
        "enabled",
        "disabled_reason",
        "pull_robot",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut service: Option<String> = None;
        let mut is_active: Option<bool> = None;
        let mut build_source: Option<String> = None;
        let mut repository_url: Option<String> = None;
        let mut config: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut can_invoke: Option<bool> = None;
        let mut enabled: Option<bool> = None;
        let mut disabled_reason: Option<String> = None;
        let mut pull_robot: Option<BuildTriggerPullRobot> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut id),
                Some(1) => map.value(&mut service),
                Some(2) => map.value(&mut is_active),
                Some(3) => map.nullable(&mut build_source),
                Some(4) => map.nullable(&mut repository_url),
                Some(5) => map.value(&mut config),
                Some(6) => map.value(&mut can_invoke),
                Some(7) => map.value(&mut enabled),
                Some(8) => map.nullable(&mut disabled_reason),
                Some(9) => map.optional(&mut pull_robot),
                _ => break,
            }?;
        }
        Ok(BuildTrigger {
            id: map.required(id, "id")?,
            service: map.required(service, "service")?,
            is_active: map.required(is_active, "is_active")?,
            build_source,
            repository_url,
            config: map.required(config, "config")?,
            can_invoke: map.required(can_invoke, "can_invoke")?,
            enabled: map.required(enabled, "enabled")?,
            disabled_reason,
            pull_robot,
        })
    }
}

impl Validate for BuildTrigger {}

/// Configuration with which to activate a build trigger.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildTriggerActivateRequest {
    /// Arbitrary JSON; the trigger's configuration.
    pub config: serde_json::Map<String, serde_json::Value>,
    /// The name of the robot that will be used to pull images.
    pub pull_robot: Option<String>,
}

impl serde::Serialize for BuildTriggerActivateRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.pull_robot.is_some()];
        let mut out = write_fields(
            serializer,
            "BuildTriggerActivateRequest",
            1,
            &present,
        );
        out.field("config", &self.config);
        out.optional("pull_robot", &self.pull_robot);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for BuildTriggerActivateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for BuildTriggerActivateRequest {
    const EXPECTING: &'static str = "struct BuildTriggerActivateRequest";
    const FIELDS: &'static [&'static str] = &["config", "pull_robot"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut config: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut pull_robot: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut config),
                Some(1) => map.optional(&mut pull_robot),
                _ => break,
            }?;
        }
        Ok(BuildTriggerActivateRequest {
            config: map.required(config, "config")?,
            pull_robot,
        })
    }
}

impl Validate for BuildTriggerActivateRequest {}

/// The build triggers of a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildTriggerList {
    /// The triggers.
    pub triggers: Vec<BuildTrigger>,
}

impl serde::Serialize for BuildTriggerList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "BuildTriggerList", 1, &[]);
        out.field("triggers", &self.triggers);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for BuildTriggerList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for BuildTriggerList {
    const EXPECTING: &'static str = "struct BuildTriggerList";
    const FIELDS: &'static [&'static str] = &["triggers"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut triggers: Option<Vec<BuildTrigger>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut triggers)?;
        }
        Ok(BuildTriggerList {
            triggers: map.required(triggers, "triggers")?,
        })
    }
}

impl Validate for BuildTriggerList {}

/// The robot used to pull images during builds, if any.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildTriggerPullRobot {
    /// The robot's username.
    pub name: Option<String>,
    /// Always user.
    pub kind: Option<String>,
    /// Always true.
    pub is_robot: Option<bool>,
}

impl serde::Serialize for BuildTriggerPullRobot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.kind.is_some(),
            self.is_robot.is_some(),
        ];
        let mut out = write_fields(serializer, "BuildTriggerPullRobot", 0, &present);
        out.optional("name", &self.name);
        out.optional("kind", &self.kind);
        out.optional("is_robot", &self.is_robot);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for BuildTriggerPullRobot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for BuildTriggerPullRobot {
    const EXPECTING: &'static str = "struct BuildTriggerPullRobot";
    const FIELDS: &'static [&'static str] = &["name", "kind", "is_robot"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut kind: Option<String> = None;
        let mut is_robot: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut kind),
                Some(2) => map.optional(&mut is_robot),
                _ => break,
            }?;
        }
        Ok(BuildTriggerPullRobot {
            name,
            kind,
            is_robot,
        })
    }
}

impl Validate for BuildTriggerPullRobot {}

/// The schema at `/paths/~1api~1v1~1repository~1{repository}~1build~1{build_uuid}/delete/responses/201/content/application~1json/schema` in the document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CancelRepoBuildResponse {
    /// `Okay`
    Okay,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CancelRepoBuildResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Okay"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Okay => "Okay",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CancelRepoBuildResponse {
    fn from(value: &str) -> Self {
        match value {
            "Okay" => Self::Okay,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CancelRepoBuildResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CancelRepoBuildResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CancelRepoBuildResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CancelRepoBuildResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CancelRepoBuildResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Change the state of the repository.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRepoState {
    /// Determines whether pushes are allowed.
    pub state: ChangeRepoStateState,
}

impl serde::Serialize for ChangeRepoState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ChangeRepoState", 1, &[]);
        out.field("state", &self.state);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChangeRepoState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ChangeRepoState {
    const EXPECTING: &'static str = "struct ChangeRepoState";
    const FIELDS: &'static [&'static str] = &["state"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut state: Option<ChangeRepoStateState> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut state)?;
        }
        Ok(ChangeRepoState {
            state: map.required(state, "state")?,
        })
    }
}

impl Validate for ChangeRepoState {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("state", self.state.validate());
        checks.done()
    }
}

/// Determines whether pushes are allowed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeRepoStateState {
    /// `NORMAL`
    Normal,
    /// `READ_ONLY`
    ReadOnly,
    /// `MIRROR`
    Mirror,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl ChangeRepoStateState {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["NORMAL", "READ_ONLY", "MIRROR"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::ReadOnly => "READ_ONLY",
            Self::Mirror => "MIRROR",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ChangeRepoStateState {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "READ_ONLY" => Self::ReadOnly,
            "MIRROR" => Self::Mirror,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for ChangeRepoStateState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ChangeRepoStateState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ChangeRepoStateState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ChangeRepoStateState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for ChangeRepoStateState {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Makes changes to a specific tag.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeTag {
    /// (If specified) The manifest digest to which the tag should point.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub manifest_digest: Option<Option<String>>,
    /// (If specified) The expiration for the tag, in unix seconds; it must lie in the future.
    /// null clears the expiration.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub expiration: Option<Option<f64>>,
}

impl serde::Serialize for ChangeTag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.manifest_digest.is_some(), self.expiration.is_some()];
        let mut out = write_fields(serializer, "ChangeTag", 0, &present);
        out.optional("manifest_digest", &self.manifest_digest);
        out.optional("expiration", &self.expiration);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChangeTag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ChangeTag {
    const EXPECTING: &'static str = "struct ChangeTag";
    const FIELDS: &'static [&'static str] = &["manifest_digest", "expiration"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut manifest_digest: Option<Option<String>> = None;
        let mut expiration: Option<Option<f64>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut manifest_digest),
                Some(1) => map.value(&mut expiration),
                _ => break,
            }?;
        }
        Ok(ChangeTag {
            manifest_digest,
            expiration,
        })
    }
}

impl Validate for ChangeTag {}

/// The schema at `/paths/~1api~1v1~1repository~1{repository}~1tag~1{tag}/put/responses/201/content/application~1json/schema` in the document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeTagResponse {
    /// `Updated`
    Updated,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl ChangeTagResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Updated"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Updated => "Updated",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ChangeTagResponse {
    fn from(value: &str) -> Self {
        match value {
            "Updated" => Self::Updated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for ChangeTagResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ChangeTagResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ChangeTagResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ChangeTagResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for ChangeTagResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Change the visibility for the repository.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeVisibility {
    /// Visibility which the repository will start with.
    pub visibility: ChangeVisibilityVisibility,
}

impl serde::Serialize for ChangeVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ChangeVisibility", 1, &[]);
        out.field("visibility", &self.visibility);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChangeVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ChangeVisibility {
    const EXPECTING: &'static str = "struct ChangeVisibility";
    const FIELDS: &'static [&'static str] = &["visibility"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut visibility: Option<ChangeVisibilityVisibility> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut visibility)?;
        }
        Ok(ChangeVisibility {
            visibility: map.required(visibility, "visibility")?,
        })
    }
}

impl Validate for ChangeVisibility {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("visibility", self.visibility.validate());
        checks.done()
    }
}

/// Visibility which the repository will start with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeVisibilityVisibility {
    /// `public`
    Public,
    /// `private`
    Private,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl ChangeVisibilityVisibility {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["public", "private"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Private => "private",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ChangeVisibilityVisibility {
    fn from(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "private" => Self::Private,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for ChangeVisibilityVisibility {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ChangeVisibilityVisibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ChangeVisibilityVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ChangeVisibilityVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for ChangeVisibilityVisibility {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Data for creating a user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstallUser {
    /// The username of the user being created.
    pub username: String,
    /// The email address of the user being created.
    pub email: Option<String>,
}

impl serde::Serialize for CreateInstallUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.email.is_some()];
        let mut out = write_fields(serializer, "CreateInstallUser", 1, &present);
        out.field("username", &self.username);
        out.optional("email", &self.email);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateInstallUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreateInstallUser {
    const EXPECTING: &'static str = "struct CreateInstallUser";
    const FIELDS: &'static [&'static str] = &["username", "email"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut username: Option<String> = None;
        let mut email: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut username),
                Some(1) => map.optional(&mut email),
                _ => break,
            }?;
        }
        Ok(CreateInstallUser {
            username: map.required(username, "username")?,
            email,
        })
    }
}

impl Validate for CreateInstallUser {}

/// Create a new message.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMessage {
    /// A single message.
    pub message: CreateMessageMessage,
}

impl serde::Serialize for CreateMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "CreateMessage", 1, &[]);
        out.field("message", &self.message);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreateMessage {
    const EXPECTING: &'static str = "struct CreateMessage";
    const FIELDS: &'static [&'static str] = &["message"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut message: Option<CreateMessageMessage> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut message)?;
        }
        Ok(CreateMessage {
            message: map.required(message, "message")?,
        })
    }
}

impl Validate for CreateMessage {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("message", self.message.validate());
        checks.done()
    }
}

/// A single message.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMessageMessage {
    /// The actual message.
    pub content: String,
    /// The media type of the message.
    pub media_type: CreateMessageMessageMediaType,
    /// The severity of the message.
    pub severity: CreateMessageMessageSeverity,
}

impl serde::Serialize for CreateMessageMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "CreateMessageMessage", 3, &[]);
        out.field("content", &self.content);
        out.field("media_type", &self.media_type);
        out.field("severity", &self.severity);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreateMessageMessage {
    const EXPECTING: &'static str = "struct CreateMessageMessage";
    const FIELDS: &'static [&'static str] = &["content", "media_type", "severity"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut content: Option<String> = None;
        let mut media_type: Option<CreateMessageMessageMediaType> = None;
        let mut severity: Option<CreateMessageMessageSeverity> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut content),
                Some(1) => map.value(&mut media_type),
                Some(2) => map.value(&mut severity),
                _ => break,
            }?;
        }
        Ok(CreateMessageMessage {
            content: map.required(content, "content")?,
            media_type: map.required(media_type, "media_type")?,
            severity: map.required(severity, "severity")?,
        })
    }
}

impl Validate for CreateMessageMessage {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("media_type", self.media_type.validate());
        checks.at("severity", self.severity.validate());
        checks.done()
    }
}

/// The media type of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateMessageMessageMediaType {
    /// `text/plain`
    TextPlain,
    /// `text/markdown`
    TextMarkdown,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateMessageMessageMediaType {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["text/plain", "text/markdown"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextPlain => "text/plain",
            Self::TextMarkdown => "text/markdown",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateMessageMessageMediaType {
    fn from(value: &str) -> Self {
        match value {
            "text/plain" => Self::TextPlain,
            "text/markdown" => Self::TextMarkdown,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateMessageMessageMediaType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateMessageMessageMediaType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateMessageMessageMediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageMessageMediaType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateMessageMessageMediaType {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The severity of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateMessageMessageSeverity {
    /// `info`
    Info,
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateMessageMessageSeverity {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["info", "warning", "error"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateMessageMessageSeverity {
    fn from(value: &str) -> Self {
        match value {
            "info" => Self::Info,
            "warning" => Self::Warning,
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateMessageMessageSeverity {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateMessageMessageSeverity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateMessageMessageSeverity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateMessageMessageSeverity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateMessageMessageSeverity {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Create the repository mirroring configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMirrorConfig {
    /// Used to enable or disable synchronizations.
    pub is_enabled: Option<bool>,
    /// Location of the external repository, e.g. quay.io/minio/mc.
    pub external_reference: String,
    /// Username used to authenticate with external registry.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub external_registry_username: Option<Option<String>>,
    /// Password used to authenticate with external registry.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub external_registry_password: Option<Option<String>>,
    /// Determines the next time this repository is ready for synchronization, in the form "%Y-%m-%dT%H:%M:%SZ" (UTC), e.g. 2021-08-06T11:11:39Z.
    pub sync_start_date: String,
    /// Number of seconds after next\_start\_date to begin synchronizing (a 32-bit integer column in Quay).
    pub sync_interval: i64,
    /// Username of robot which will be used for image pushes, e.g. orga+robot.
    pub robot_username: Option<String>,
    /// The `root_rule` property.
    pub root_rule: MirrorRootRule,
    /// The `external_registry_config` property.
    pub external_registry_config: Option<MirrorExternalRegistryConfig>,
}

impl serde::Serialize for CreateMirrorConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.is_enabled.is_some(),
            self.external_registry_username.is_some(),
            self.external_registry_password.is_some(),
            self.robot_username.is_some(),
            self.external_registry_config.is_some(),
        ];
        let mut out = write_fields(serializer, "CreateMirrorConfig", 4, &present);
        out.optional("is_enabled", &self.is_enabled);
        out.field("external_reference", &self.external_reference);
        out.optional("external_registry_username", &self.external_registry_username);
        out.optional("external_registry_password", &self.external_registry_password);
        out.field("sync_start_date", &self.sync_start_date);
        out.field("sync_interval", &self.sync_interval);
        out.optional("robot_username", &self.robot_username);
        out.field("root_rule", &self.root_rule);
        out.optional("external_registry_config", &self.external_registry_config);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateMirrorConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreateMirrorConfig {
    const EXPECTING: &'static str = "struct CreateMirrorConfig";
    const FIELDS: &'static [&'static str] = &[
        "is_enabled",
        "external_reference",
        "external_registry_username",
        "external_registry_password",
        "sync_start_date",
        "sync_interval",
        "robot_username",
        "root_rule",
        "external_registry_config",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut is_enabled: Option<bool> = None;
        let mut external_reference: Option<String> = None;
        let mut external_registry_username: Option<Option<String>> = None;
        let mut external_registry_password: Option<Option<String>> = None;
        let mut sync_start_date: Option<String> = None;
        let mut sync_interval: Option<i64> = None;
        let mut robot_username: Option<String> = None;
        let mut root_rule: Option<MirrorRootRule> = None;
        let mut external_registry_config: Option<MirrorExternalRegistryConfig> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut is_enabled),
                Some(1) => map.value(&mut external_reference),
                Some(2) => map.value(&mut external_registry_username),
                Some(3) => map.value(&mut external_registry_password),
                Some(4) => map.value(&mut sync_start_date),
                Some(5) => map.value(&mut sync_interval),
                Some(6) => map.optional(&mut robot_username),
                Some(7) => map.value(&mut root_rule),
                Some(8) => map.optional(&mut external_registry_config),
                _ => break,
            }?;
        }
        Ok(CreateMirrorConfig {
            is_enabled,
            external_reference: map.required(external_reference, "external_reference")?,
            external_registry_username,
            external_registry_password,
            sync_start_date: map.required(sync_start_date, "sync_start_date")?,
            sync_interval: map.required(sync_interval, "sync_interval")?,
            robot_username,
            root_rule: map.required(root_rule, "root_rule")?,
            external_registry_config,
        })
    }
}

impl Validate for CreateMirrorConfig {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks
            .at(
                "sync_interval",
                check_bounds(
                    Some(&self.sync_interval),
                    Some((0.0, false)),
                    Some((2147483647.0, false)),
                    None,
                    None,
                ),
            );
        checks.at("root_rule", self.root_rule.validate());
        checks.done()
    }
}

/// The literal JSON string "Created".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateOrganizationQuotaLimitResponse {
    /// `Created`
    Created,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateOrganizationQuotaLimitResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Created"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "Created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateOrganizationQuotaLimitResponse {
    fn from(value: &str) -> Self {
        match value {
            "Created" => Self::Created,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateOrganizationQuotaLimitResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateOrganizationQuotaLimitResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateOrganizationQuotaLimitResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateOrganizationQuotaLimitResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateOrganizationQuotaLimitResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The literal JSON string "Created".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateOrganizationQuotaResponse {
    /// `Created`
    Created,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateOrganizationQuotaResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Created"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "Created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateOrganizationQuotaResponse {
    fn from(value: &str) -> Self {
        match value {
            "Created" => Self::Created,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateOrganizationQuotaResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateOrganizationQuotaResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateOrganizationQuotaResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateOrganizationQuotaResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateOrganizationQuotaResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The literal JSON string "Created".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateOrganizationQuotaSuperUserResponse {
    /// `Created`
    Created,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateOrganizationQuotaSuperUserResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Created"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "Created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateOrganizationQuotaSuperUserResponse {
    fn from(value: &str) -> Self {
        match value {
            "Created" => Self::Created,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateOrganizationQuotaSuperUserResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateOrganizationQuotaSuperUserResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateOrganizationQuotaSuperUserResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateOrganizationQuotaSuperUserResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateOrganizationQuotaSuperUserResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The literal JSON string "Created".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateOrganizationResponse {
    /// `Created`
    Created,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateOrganizationResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Created"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "Created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateOrganizationResponse {
    fn from(value: &str) -> Self {
        match value {
            "Created" => Self::Created,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateOrganizationResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateOrganizationResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateOrganizationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateOrganizationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateOrganizationResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The literal JSON string "Created".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateProxyCacheConfigResponse {
    /// `Created`
    Created,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateProxyCacheConfigResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Created"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "Created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateProxyCacheConfigResponse {
    fn from(value: &str) -> Self {
        match value {
            "Created" => Self::Created,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateProxyCacheConfigResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateProxyCacheConfigResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateProxyCacheConfigResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateProxyCacheConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateProxyCacheConfigResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Optional data for creating a robot.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRobot {
    /// Optional text description for the robot.
    pub description: Option<String>,
    /// Optional unstructured metadata for the robot.
    pub unstructured_metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

impl serde::Serialize for CreateRobot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.description.is_some(), self.unstructured_metadata.is_some()];
        let mut out = write_fields(serializer, "CreateRobot", 0, &present);
        out.optional("description", &self.description);
        out.optional("unstructured_metadata", &self.unstructured_metadata);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateRobot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreateRobot {
    const EXPECTING: &'static str = "struct CreateRobot";
    const FIELDS: &'static [&'static str] = &["description", "unstructured_metadata"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut description: Option<String> = None;
        let mut unstructured_metadata: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut description),
                Some(1) => map.optional(&mut unstructured_metadata),
                _ => break,
            }?;
        }
        Ok(CreateRobot {
            description,
            unstructured_metadata,
        })
    }
}

impl Validate for CreateRobot {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks
            .at(
                "description",
                check_bounds(self.description.as_ref(), None, None, None, Some(255)),
            );
        checks.done()
    }
}

/// Description of creation of a service key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceKey {
    /// The service authenticating with this key.
    pub service: String,
    /// The friendly name of a service key.
    pub name: Option<String>,
    /// The key/value pairs of this key's metadata.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// If specified, the extra notes for the key.
    pub notes: Option<String>,
    /// The expiration date as a unix timestamp (seconds; null for a key that never expires). Must be in the future.
    ///
    /// Always present; may be null.
    pub expiration: Option<f64>,
}

impl serde::Serialize for CreateServiceKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.metadata.is_some(),
            self.notes.is_some(),
        ];
        let mut out = write_fields(serializer, "CreateServiceKey", 2, &present);
        out.field("service", &self.service);
        out.optional("name", &self.name);
        out.optional("metadata", &self.metadata);
        out.optional("notes", &self.notes);
        out.field("expiration", &self.expiration);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateServiceKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreateServiceKey {
    const EXPECTING: &'static str = "struct CreateServiceKey";
    const FIELDS: &'static [&'static str] = &[
        "service",
        "name",
        "metadata",
        "notes",
        "expiration",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut service: Option<String> = None;
        let mut name: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut notes: Option<String> = None;
        let mut expiration: Option<f64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut service),
                Some(1) => map.optional(&mut name),
                Some(2) => map.optional(&mut metadata),
                Some(3) => map.optional(&mut notes),
                Some(4) => map.nullable(&mut expiration),
                _ => break,
            }?;
        }
        Ok(CreateServiceKey {
            service: map.required(service, "service")?,
            name,
            metadata,
            notes,
            expiration,
        })
    }
}

impl Validate for CreateServiceKey {}

/// The literal JSON string "Created".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateUserQuotaSuperUserResponse {
    /// `Created`
    Created,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreateUserQuotaSuperUserResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Created"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "Created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateUserQuotaSuperUserResponse {
    fn from(value: &str) -> Self {
        match value {
            "Created" => Self::Created,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreateUserQuotaSuperUserResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreateUserQuotaSuperUserResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreateUserQuotaSuperUserResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreateUserQuotaSuperUserResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreateUserQuotaSuperUserResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The user createInstallUser created, with its generated temporary password.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatedInstallUser {
    /// The username of the new user.
    pub username: String,
    /// The e-mail address given in the request (null when none was given).
    ///
    /// Always present; may be null.
    pub email: Option<String>,
    /// The generated temporary password (32 upper-case letters and digits).
    pub password: String,
    /// The encrypted form of the password, usable as a password for the Docker CLI.
    pub encrypted_password: String,
}

impl serde::Serialize for CreatedInstallUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "CreatedInstallUser", 4, &[]);
        out.field("username", &self.username);
        out.field("email", &self.email);
        out.field("password", &self.password);
        out.field("encrypted_password", &self.encrypted_password);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreatedInstallUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreatedInstallUser {
    const EXPECTING: &'static str = "struct CreatedInstallUser";
    const FIELDS: &'static [&'static str] = &[
        "username",
        "email",
        "password",
        "encrypted_password",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut username: Option<String> = None;
        let mut email: Option<String> = None;
        let mut password: Option<String> = None;
        let mut encrypted_password: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut username),
                Some(1) => map.nullable(&mut email),
                Some(2) => map.value(&mut password),
                Some(3) => map.value(&mut encrypted_password),
                _ => break,
            }?;
        }
        Ok(CreatedInstallUser {
            username: map.required(username, "username")?,
            email,
            password: map.required(password, "password")?,
            encrypted_password: map.required(encrypted_password, "encrypted_password")?,
        })
    }
}

impl Validate for CreatedInstallUser {}

/// The repository that was created.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatedRepository {
    /// Namespace of the new repository.
    pub namespace: String,
    /// Name of the new repository.
    pub name: String,
    /// Kind of the new repository.
    pub kind: CreatedRepositoryKind,
}

impl serde::Serialize for CreatedRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "CreatedRepository", 3, &[]);
        out.field("namespace", &self.namespace);
        out.field("name", &self.name);
        out.field("kind", &self.kind);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreatedRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreatedRepository {
    const EXPECTING: &'static str = "struct CreatedRepository";
    const FIELDS: &'static [&'static str] = &["namespace", "name", "kind"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut kind: Option<CreatedRepositoryKind> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut namespace),
                Some(1) => map.value(&mut name),
                Some(2) => map.value(&mut kind),
                _ => break,
            }?;
        }
        Ok(CreatedRepository {
            namespace: map.required(namespace, "namespace")?,
            name: map.required(name, "name")?,
            kind: map.required(kind, "kind")?,
        })
    }
}

impl Validate for CreatedRepository {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.done()
    }
}

/// Kind of the new repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreatedRepositoryKind {
    /// `image`
    Image,
    /// `application`
    Application,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl CreatedRepositoryKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["image", "application"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreatedRepositoryKind {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for CreatedRepositoryKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CreatedRepositoryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreatedRepositoryKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreatedRepositoryKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for CreatedRepositoryKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A newly created service key with its key pair; the private key is never shown again.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatedServiceKey {
    /// The unique identifier of the key.
    pub kid: String,
    /// The friendly name of the key ("" when none was given).
    pub name: String,
    /// The service authenticating with this key.
    pub service: String,
    /// The public key, PEM encoded (SubjectPublicKeyInfo).
    pub public_key: String,
    /// The private key, PEM encoded (traditional OpenSSL format, unencrypted).
    pub private_key: String,
}

impl serde::Serialize for CreatedServiceKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "CreatedServiceKey", 5, &[]);
        out.field("kid", &self.kid);
        out.field("name", &self.name);
        out.field("service", &self.service);
        out.field("public_key", &self.public_key);
        out.field("private_key", &self.private_key);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreatedServiceKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for CreatedServiceKey {
    const EXPECTING: &'static str = "struct CreatedServiceKey";
    const FIELDS: &'static [&'static str] = &[
        "kid",
        "name",
        "service",
        "public_key",
        "private_key",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kid: Option<String> = None;
        let mut name: Option<String> = None;
        let mut service: Option<String> = None;
        let mut public_key: Option<String> = None;
        let mut private_key: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut kid),
                Some(1) => map.value(&mut name),
                Some(2) => map.value(&mut service),
                Some(3) => map.value(&mut public_key),
                Some(4) => map.value(&mut private_key),
                _ => break,
            }?;
        }
        Ok(CreatedServiceKey {
            kid: map.required(kid, "kid")?,
            name: map.required(name, "name")?,
            service: map.required(service, "service")?,
            public_key: map.required(public_key, "public_key")?,
            private_key: map.required(private_key, "private_key")?,
        })
    }
}

impl Validate for CreatedServiceKey {}

/// The literal JSON string "Deleted".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeleteProxyCacheConfigResponse {
    /// `Deleted`
    Deleted,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl DeleteProxyCacheConfigResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Deleted"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deleted => "Deleted",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteProxyCacheConfigResponse {
    fn from(value: &str) -> Self {
        match value {
            "Deleted" => Self::Deleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for DeleteProxyCacheConfigResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for DeleteProxyCacheConfigResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DeleteProxyCacheConfigResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DeleteProxyCacheConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for DeleteProxyCacheConfigResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// An entity (user, robot, team, organization or external user) matching a prefix.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySearchResult {
    /// Name of the entity.
    pub name: String,
    /// Kind of entity.
    pub kind: EntitySearchResultKind,
    /// Whether a user is a robot.
    pub is_robot: Option<bool>,
    /// Whether the entity is a member of the namespace organization.
    pub is_org_member: Option<bool>,
    /// E-mail address of an external user.
    pub title: Option<String>,
    /// The `avatar` property.
    pub avatar: Option<Avatar>,
}

impl serde::Serialize for EntitySearchResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.is_robot.is_some(),
            self.is_org_member.is_some(),
            self.title.is_some(),
            self.avatar.is_some(),
        ];
        let mut out = write_fields(serializer, "EntitySearchResult", 2, &present);
        out.field("name", &self.name);
        out.field("kind", &self.kind);
        out.optional("is_robot", &self.is_robot);
        out.optional("is_org_member", &self.is_org_member);
        out.optional("title", &self.title);
        out.optional("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for EntitySearchResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for EntitySearchResult {
    const EXPECTING: &'static str = "struct EntitySearchResult";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "kind",
        "is_robot",
        "is_org_member",
        "title",
        "avatar",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut kind: Option<EntitySearchResultKind> = None;
        let mut is_robot: Option<bool> = None;
        let mut is_org_member: Option<bool> = None;
        let mut title: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut kind),
                Some(2) => map.optional(&mut is_robot),
                Some(3) => map.optional(&mut is_org_member),
                Some(4) => map.optional(&mut title),
                Some(5) => map.optional(&mut avatar),
                _ => break,
            }?;
        }
        Ok(EntitySearchResult {
            name: map.required(name, "name")?,
            kind: map.required(kind, "kind")?,
            is_robot,
            is_org_member,
            title,
            avatar,
        })
    }
}

impl Validate for EntitySearchResult {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Kind of entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntitySearchResultKind {
    /// `user`
    User,
    /// `team`
    Team,
    /// `org`
    Org,
    /// `external`
    External,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl EntitySearchResultKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "team", "org", "external"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Team => "team",
            Self::Org => "org",
            Self::External => "external",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitySearchResultKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "team" => Self::Team,
            "org" => Self::Org,
            "external" => Self::External,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for EntitySearchResultKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for EntitySearchResultKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EntitySearchResultKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for EntitySearchResultKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for EntitySearchResultKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Entities matching a prefix.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitySearchResults {
    /// The entities.
    pub results: Vec<EntitySearchResult>,
}

impl serde::Serialize for EntitySearchResults {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "EntitySearchResults", 1, &[]);
        out.field("results", &self.results);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for EntitySearchResults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for EntitySearchResults {
    const EXPECTING: &'static str = "struct EntitySearchResults";
    const FIELDS: &'static [&'static str] = &["results"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut results: Option<Vec<EntitySearchResult>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut results)?;
        }
        Ok(EntitySearchResults {
            results: map.required(results, "results")?,
        })
    }
}

impl Validate for EntitySearchResults {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("results", self.results.validate());
        checks.done()
    }
}

/// The body of the 400s that Quay writes itself instead of raising an ApiError, such as `{"message": "Invalid robot account name"}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorMessage {
    /// What was wrong with the request.
    pub message: String,
}

impl serde::Serialize for ErrorMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ErrorMessage", 1, &[]);
        out.field("message", &self.message);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ErrorMessage {
    const EXPECTING: &'static str = "struct ErrorMessage";
    const FIELDS: &'static [&'static str] = &["message"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut message: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut message)?;
        }
        Ok(ErrorMessage {
            message: map.required(message, "message")?,
        })
    }
}

impl Validate for ErrorMessage {}

/// Configuration for an export logs operation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportLogs {
    /// The callback URL to invoke with a link to the exported logs (<http://> or <https://>).
    pub callback_url: Option<String>,
    /// The e-mail address at which to e-mail a link to the exported logs.
    pub callback_email: Option<String>,
}

impl serde::Serialize for ExportLogs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.callback_url.is_some(), self.callback_email.is_some()];
        let mut out = write_fields(serializer, "ExportLogs", 0, &present);
        out.optional("callback_url", &self.callback_url);
        out.optional("callback_email", &self.callback_email);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExportLogs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ExportLogs {
    const EXPECTING: &'static str = "struct ExportLogs";
    const FIELDS: &'static [&'static str] = &["callback_url", "callback_email"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut callback_url: Option<String> = None;
        let mut callback_email: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut callback_url),
                Some(1) => map.optional(&mut callback_email),
                _ => break,
            }?;
        }
        Ok(ExportLogs {
            callback_url,
            callback_email,
        })
    }
}

impl Validate for ExportLogs {}

/// The queued logs export.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportLogsResult {
    /// Identifier of the queued export.
    pub export_id: String,
}

impl serde::Serialize for ExportLogsResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ExportLogsResult", 1, &[]);
        out.field("export_id", &self.export_id);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExportLogsResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ExportLogsResult {
    const EXPECTING: &'static str = "struct ExportLogsResult";
    const FIELDS: &'static [&'static str] = &["export_id"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut export_id: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut export_id)?;
        }
        Ok(ExportLogsResult {
            export_id: map.required(export_id, "export_id")?,
        })
    }
}

impl Validate for ExportLogsResult {}

/// A message a superuser has saved.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalMessage {
    /// The message id.
    pub uuid: String,
    /// The actual message.
    pub content: String,
    /// The severity of the message.
    pub severity: GlobalMessageSeverity,
    /// The media type of the message.
    pub media_type: GlobalMessageMediaType,
}

impl serde::Serialize for GlobalMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "GlobalMessage", 4, &[]);
        out.field("uuid", &self.uuid);
        out.field("content", &self.content);
        out.field("severity", &self.severity);
        out.field("media_type", &self.media_type);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for GlobalMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for GlobalMessage {
    const EXPECTING: &'static str = "struct GlobalMessage";
    const FIELDS: &'static [&'static str] = &[
        "uuid",
        "content",
        "severity",
        "media_type",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut uuid: Option<String> = None;
        let mut content: Option<String> = None;
        let mut severity: Option<GlobalMessageSeverity> = None;
        let mut media_type: Option<GlobalMessageMediaType> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut uuid),
                Some(1) => map.value(&mut content),
                Some(2) => map.value(&mut severity),
                Some(3) => map.value(&mut media_type),
                _ => break,
            }?;
        }
        Ok(GlobalMessage {
            uuid: map.required(uuid, "uuid")?,
            content: map.required(content, "content")?,
            severity: map.required(severity, "severity")?,
            media_type: map.required(media_type, "media_type")?,
        })
    }
}

impl Validate for GlobalMessage {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("severity", self.severity.validate());
        checks.at("media_type", self.media_type.validate());
        checks.done()
    }
}

/// Messages that a super user has saved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GlobalMessageList {
    /// A list of messages.
    pub messages: Vec<GlobalMessage>,
}

impl serde::Serialize for GlobalMessageList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "GlobalMessageList", 1, &[]);
        out.field("messages", &self.messages);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for GlobalMessageList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for GlobalMessageList {
    const EXPECTING: &'static str = "struct GlobalMessageList";
    const FIELDS: &'static [&'static str] = &["messages"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut messages: Option<Vec<GlobalMessage>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut messages)?;
        }
        Ok(GlobalMessageList {
            messages: map.required(messages, "messages")?,
        })
    }
}

impl Validate for GlobalMessageList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("messages", self.messages.validate());
        checks.done()
    }
}

/// The media type of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GlobalMessageMediaType {
    /// `text/plain`
    TextPlain,
    /// `text/markdown`
    TextMarkdown,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl GlobalMessageMediaType {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["text/plain", "text/markdown"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextPlain => "text/plain",
            Self::TextMarkdown => "text/markdown",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GlobalMessageMediaType {
    fn from(value: &str) -> Self {
        match value {
            "text/plain" => Self::TextPlain,
            "text/markdown" => Self::TextMarkdown,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for GlobalMessageMediaType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for GlobalMessageMediaType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GlobalMessageMediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GlobalMessageMediaType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for GlobalMessageMediaType {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The severity of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GlobalMessageSeverity {
    /// `info`
    Info,
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl GlobalMessageSeverity {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["info", "warning", "error"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GlobalMessageSeverity {
    fn from(value: &str) -> Self {
        match value {
            "info" => Self::Info,
            "warning" => Self::Warning,
            "error" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for GlobalMessageSeverity {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for GlobalMessageSeverity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GlobalMessageSeverity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GlobalMessageSeverity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for GlobalMessageSeverity {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The schema at `/paths/~1api~1v1~1repository/get/parameters/1/schema` in the document.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListReposRepoKind {
    /// `image`
    Image,
    /// `application`
    Application,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl ListReposRepoKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["image", "application"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListReposRepoKind {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for ListReposRepoKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ListReposRepoKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListReposRepoKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ListReposRepoKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for ListReposRepoKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// One audit log entry.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    /// Kind of the logged action, e.g. create\_repo, push\_repo, pull\_repo.
    pub kind: String,
    /// Details of the action; the keys depend on the kind (e.g. repo, namespace).
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// IP address the action came from.
    ///
    /// Always present; may be null.
    pub ip: Option<String>,
    /// When the action happened, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub datetime: DateTime,
    /// The user or robot that performed the action (absent when unknown).
    pub performer: Option<LogEntryPerformer>,
    /// The namespace the action happened in (only in logs not scoped to one namespace or repository, e.g. superuser logs).
    pub namespace: Option<LogEntryNamespace>,
}

impl serde::Serialize for LogEntry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.performer.is_some(), self.namespace.is_some()];
        let mut out = write_fields(serializer, "LogEntry", 4, &present);
        out.field("kind", &self.kind);
        out.field("metadata", &self.metadata);
        out.field("ip", &self.ip);
        out.field("datetime", &self.datetime);
        out.optional("performer", &self.performer);
        out.optional("namespace", &self.namespace);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for LogEntry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for LogEntry {
    const EXPECTING: &'static str = "struct LogEntry";
    const FIELDS: &'static [&'static str] = &[
        "kind",
        "metadata",
        "ip",
        "datetime",
        "performer",
        "namespace",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut ip: Option<String> = None;
        let mut datetime: Option<DateTime> = None;
        let mut performer: Option<LogEntryPerformer> = None;
        let mut namespace: Option<LogEntryNamespace> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut kind),
                Some(1) => map.value(&mut metadata),
                Some(2) => map.nullable(&mut ip),
                Some(3) => map.value(&mut datetime),
                Some(4) => map.optional(&mut performer),
                Some(5) => map.optional(&mut namespace),
                _ => break,
            }?;
        }
        Ok(LogEntry {
            kind: map.required(kind, "kind")?,
            metadata: map.required(metadata, "metadata")?,
            ip,
            datetime: map.required(datetime, "datetime")?,
            performer,
            namespace,
        })
    }
}

impl Validate for LogEntry {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("performer", self.performer.validate());
        checks.at("namespace", self.namespace.validate());
        checks.done()
    }
}

/// The namespace the action happened in (only in logs not scoped to one namespace or repository, e.g. superuser logs).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LogEntryNamespace {
    /// Whether the namespace is an organization or a user.
    pub kind: Option<LogEntryNamespaceKind>,
    /// Name of the namespace.
    pub name: Option<String>,
    /// The `avatar` property.
    pub avatar: Option<Avatar>,
}

impl serde::Serialize for LogEntryNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.kind.is_some(), self.name.is_some(), self.avatar.is_some()];
        let mut out = write_fields(serializer, "LogEntryNamespace", 0, &present);
        out.optional("kind", &self.kind);
        out.optional("name", &self.name);
        out.optional("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for LogEntryNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for LogEntryNamespace {
    const EXPECTING: &'static str = "struct LogEntryNamespace";
    const FIELDS: &'static [&'static str] = &["kind", "name", "avatar"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<LogEntryNamespaceKind> = None;
        let mut name: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut kind),
                Some(1) => map.optional(&mut name),
                Some(2) => map.optional(&mut avatar),
                _ => break,
            }?;
        }
        Ok(LogEntryNamespace {
            kind,
            name,
            avatar,
        })
    }
}

impl Validate for LogEntryNamespace {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Whether the namespace is an organization or a user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LogEntryNamespaceKind {
    /// `org`
    Org,
    /// `user`
    User,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl LogEntryNamespaceKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["org", "user"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Org => "org",
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LogEntryNamespaceKind {
    fn from(value: &str) -> Self {
        match value {
            "org" => Self::Org,
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for LogEntryNamespaceKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for LogEntryNamespaceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LogEntryNamespaceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LogEntryNamespaceKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for LogEntryNamespaceKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The user or robot that performed the action (absent when unknown).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LogEntryPerformer {
    /// Always "user".
    pub kind: Option<LogEntryPerformerKind>,
    /// Username of the performer.
    pub name: Option<String>,
    /// Whether the performer is a robot account.
    pub is_robot: Option<bool>,
    /// The `avatar` property.
    pub avatar: Option<Avatar>,
}

impl serde::Serialize for LogEntryPerformer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.kind.is_some(),
            self.name.is_some(),
            self.is_robot.is_some(),
            self.avatar.is_some(),
        ];
        let mut out = write_fields(serializer, "LogEntryPerformer", 0, &present);
        out.optional("kind", &self.kind);
        out.optional("name", &self.name);
        out.optional("is_robot", &self.is_robot);
        out.optional("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for LogEntryPerformer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for LogEntryPerformer {
    const EXPECTING: &'static str = "struct LogEntryPerformer";
    const FIELDS: &'static [&'static str] = &["kind", "name", "is_robot", "avatar"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<LogEntryPerformerKind> = None;
        let mut name: Option<String> = None;
        let mut is_robot: Option<bool> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut kind),
                Some(1) => map.optional(&mut name),
                Some(2) => map.optional(&mut is_robot),
                Some(3) => map.optional(&mut avatar),
                _ => break,
            }?;
        }
        Ok(LogEntryPerformer {
            kind,
            name,
            is_robot,
            avatar,
        })
    }
}

impl Validate for LogEntryPerformer {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Always "user".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LogEntryPerformerKind {
    /// `user`
    User,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl LogEntryPerformerKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for LogEntryPerformerKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for LogEntryPerformerKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for LogEntryPerformerKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LogEntryPerformerKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LogEntryPerformerKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for LogEntryPerformerKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// One page of audit log entries.
#[derive(Debug, Clone, PartialEq)]
pub struct LogsPage {
    /// Start of the time range searched, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub start_time: DateTime,
    /// End of the time range searched, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub end_time: DateTime,
    /// The log entries of this page.
    pub logs: Vec<LogEntry>,
    /// Opaque token for the next page; absent on the last page.
    pub next_page: Option<String>,
}

impl serde::Serialize for LogsPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.next_page.is_some()];
        let mut out = write_fields(serializer, "LogsPage", 3, &present);
        out.field("start_time", &self.start_time);
        out.field("end_time", &self.end_time);
        out.field("logs", &self.logs);
        out.optional("next_page", &self.next_page);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for LogsPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for LogsPage {
    const EXPECTING: &'static str = "struct LogsPage";
    const FIELDS: &'static [&'static str] = &[
        "start_time",
        "end_time",
        "logs",
        "next_page",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut start_time: Option<DateTime> = None;
        let mut end_time: Option<DateTime> = None;
        let mut logs: Option<Vec<LogEntry>> = None;
        let mut next_page: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut start_time),
                Some(1) => map.value(&mut end_time),
                Some(2) => map.value(&mut logs),
                Some(3) => map.optional(&mut next_page),
                _ => break,
            }?;
        }
        Ok(LogsPage {
            start_time: map.required(start_time, "start_time")?,
            end_time: map.required(end_time, "end_time")?,
            logs: map.required(logs, "logs")?,
            next_page,
        })
    }
}

impl Validate for LogsPage {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("logs", self.logs.validate());
        checks.done()
    }
}

/// A label on a manifest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManifestLabel {
    /// The ID of the label.
    pub id: String,
    /// The key of the label.
    pub key: String,
    /// The value of the label.
    pub value: String,
    /// Where the label comes from, e.g. manifest, api, internal.
    pub source_type: String,
    /// The media type of the value, e.g. text/plain.
    pub media_type: String,
}

impl serde::Serialize for ManifestLabel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ManifestLabel", 5, &[]);
        out.field("id", &self.id);
        out.field("key", &self.key);
        out.field("value", &self.value);
        out.field("source_type", &self.source_type);
        out.field("media_type", &self.media_type);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManifestLabel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ManifestLabel {
    const EXPECTING: &'static str = "struct ManifestLabel";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "key",
        "value",
        "source_type",
        "media_type",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut key: Option<String> = None;
        let mut value: Option<String> = None;
        let mut source_type: Option<String> = None;
        let mut media_type: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut id),
                Some(1) => map.value(&mut key),
                Some(2) => map.value(&mut value),
                Some(3) => map.value(&mut source_type),
                Some(4) => map.value(&mut media_type),
                _ => break,
            }?;
        }
        Ok(ManifestLabel {
            id: map.required(id, "id")?,
            key: map.required(key, "key")?,
            value: map.required(value, "value")?,
            source_type: map.required(source_type, "source_type")?,
            media_type: map.required(media_type, "media_type")?,
        })
    }
}

impl Validate for ManifestLabel {}

/// The labels of a manifest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManifestLabelList {
    /// The labels.
    pub labels: Vec<ManifestLabel>,
}

impl serde::Serialize for ManifestLabelList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ManifestLabelList", 1, &[]);
        out.field("labels", &self.labels);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManifestLabelList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ManifestLabelList {
    const EXPECTING: &'static str = "struct ManifestLabelList";
    const FIELDS: &'static [&'static str] = &["labels"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut labels: Option<Vec<ManifestLabel>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut labels)?;
        }
        Ok(ManifestLabelList {
            labels: map.required(labels, "labels")?,
        })
    }
}

impl Validate for ManifestLabelList {}

/// One layer of a manifest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManifestLayer {
    /// Position of the layer in the manifest.
    pub index: Option<i64>,
    /// Compressed size of the layer in bytes.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub compressed_size: Option<Option<i64>>,
    /// Whether the layer is stored remotely (foreign layer).
    pub is_remote: Option<bool>,
    /// URLs of a remote layer.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub urls: Option<Option<Vec<String>>>,
    /// The command that created the layer.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub command: Option<Option<Vec<String>>>,
    /// Comment of the layer.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub comment: Option<Option<String>>,
    /// Author of the layer.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub author: Option<Option<String>>,
    /// Digest of the layer blob.
    pub blob_digest: Option<String>,
    /// When the layer was created, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    ///
    /// `None`: absent; `Some(None)`: null.
    pub created_datetime: Option<Option<DateTime>>,
}

impl serde::Serialize for ManifestLayer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.index.is_some(),
            self.compressed_size.is_some(),
            self.is_remote.is_some(),
            self.urls.is_some(),
            self.command.is_some(),
            self.comment.is_some(),
            self.author.is_some(),
            self.blob_digest.is_some(),
            self.created_datetime.is_some(),
        ];
        let mut out = write_fields(serializer, "ManifestLayer", 0, &present);
        out.optional("index", &self.index);
        out.optional("compressed_size", &self.compressed_size);
        out.optional("is_remote", &self.is_remote);
        out.optional("urls", &self.urls);
        out.optional("command", &self.command);
        out.optional("comment", &self.comment);
        out.optional("author", &self.author);
        out.optional("blob_digest", &self.blob_digest);
        out.optional("created_datetime", &self.created_datetime);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManifestLayer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ManifestLayer {
    const EXPECTING: &'static str = "struct ManifestLayer";
    const FIELDS: &'static [&'static str] = &[
        "index",
        "compressed_size",
        "is_remote",
        "urls",
        "command",
        "comment",
        "author",
        "blob_digest",
        "created_datetime",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut index: Option<i64> = None;
        let mut compressed_size: Option<Option<i64>> = None;
        let mut is_remote: Option<bool> = None;
        let mut urls: Option<Option<Vec<String>>> = None;
        let mut command: Option<Option<Vec<String>>> = None;
        let mut comment: Option<Option<String>> = None;
        let mut author: Option<Option<String>> = None;
        let mut blob_digest: Option<String> = None;
        let mut created_datetime: Option<Option<DateTime>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut index),
                Some(1) => map.value(&mut compressed_size),
                Some(2) => map.optional(&mut is_remote),
                Some(3) => map.value(&mut urls),
                Some(4) => map.value(&mut command),
                Some(5) => map.value(&mut comment),
                Some(6) => map.value(&mut author),
                Some(7) => map.optional(&mut blob_digest),
                Some(8) => map.value(&mut created_datetime),
                _ => break,
            }?;
        }
        Ok(ManifestLayer {
            index,
            compressed_size,
            is_remote,
            urls,
            command,
            comment,
            author,
            blob_digest,
            created_datetime,
        })
    }
}

impl Validate for ManifestLayer {}

/// How to talk to the external registry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MirrorExternalRegistryConfig {
    /// Determines whether HTTPs is required and the certificate is verified when communicating with the external repository.
    pub verify_tls: Option<bool>,
    /// Determines whether the image signature will be verified when pulling from the external repository.
    pub unsigned_images: Option<bool>,
    /// Proxy configuration for use during synchronization.
    pub proxy: Option<MirrorExternalRegistryConfigProxy>,
}

impl serde::Serialize for MirrorExternalRegistryConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.verify_tls.is_some(),
            self.unsigned_images.is_some(),
            self.proxy.is_some(),
        ];
        let mut out = write_fields(
            serializer,
            "MirrorExternalRegistryConfig",
            0,
            &present,
        );
        out.optional("verify_tls", &self.verify_tls);
        out.optional("unsigned_images", &self.unsigned_images);
        out.optional("proxy", &self.proxy);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for MirrorExternalRegistryConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for MirrorExternalRegistryConfig {
    const EXPECTING: &'static str = "struct MirrorExternalRegistryConfig";
    const FIELDS: &'static [&'static str] = &["verify_tls", "unsigned_images", "proxy"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut verify_tls: Option<bool> = None;
        let mut unsigned_images: Option<bool> = None;
        let mut proxy: Option<MirrorExternalRegistryConfigProxy> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut verify_tls),
                Some(1) => map.optional(&mut unsigned_images),
                Some(2) => map.optional(&mut proxy),
                _ => break,
            }?;
        }
        Ok(MirrorExternalRegistryConfig {
            verify_tls,
            unsigned_images,
            proxy,
        })
    }
}

impl Validate for MirrorExternalRegistryConfig {}

/// Proxy configuration for use during synchronization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MirrorExternalRegistryConfigProxy {
    /// Value for HTTPS\_PROXY environment variable during sync.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub https_proxy: Option<Option<String>>,
    /// Value for HTTP\_PROXY environment variable during sync.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub http_proxy: Option<Option<String>>,
    /// Value for NO\_PROXY environment variable during sync.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub no_proxy: Option<Option<String>>,
}

impl serde::Serialize for MirrorExternalRegistryConfigProxy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.https_proxy.is_some(),
            self.http_proxy.is_some(),
            self.no_proxy.is_some(),
        ];
        let mut out = write_fields(
            serializer,
            "MirrorExternalRegistryConfigProxy",
            0,
            &present,
        );
        out.optional("https_proxy", &self.https_proxy);
        out.optional("http_proxy", &self.http_proxy);
        out.optional("no_proxy", &self.no_proxy);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for MirrorExternalRegistryConfigProxy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for MirrorExternalRegistryConfigProxy {
    const EXPECTING: &'static str = "struct MirrorExternalRegistryConfigProxy";
    const FIELDS: &'static [&'static str] = &["https_proxy", "http_proxy", "no_proxy"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut https_proxy: Option<Option<String>> = None;
        let mut http_proxy: Option<Option<String>> = None;
        let mut no_proxy: Option<Option<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut https_proxy),
                Some(1) => map.value(&mut http_proxy),
                Some(2) => map.value(&mut no_proxy),
                _ => break,
            }?;
        }
        Ok(MirrorExternalRegistryConfigProxy {
            https_proxy,
            http_proxy,
            no_proxy,
        })
    }
}

impl Validate for MirrorExternalRegistryConfigProxy {}

/// A list of glob-patterns used to determine which tags should be synchronized.
#[derive(Debug, Clone, PartialEq)]
pub struct MirrorRootRule {
    /// The kind of rule type.
    pub rule_kind: MirrorRootRuleRuleKind,
    /// Array of tag patterns, e.g. \["latest", "v1.\*"\].
    pub rule_value: Vec<String>,
}

impl serde::Serialize for MirrorRootRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "MirrorRootRule", 2, &[]);
        out.field("rule_kind", &self.rule_kind);
        out.field("rule_value", &self.rule_value);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for MirrorRootRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for MirrorRootRule {
    const EXPECTING: &'static str = "struct MirrorRootRule";
    const FIELDS: &'static [&'static str] = &["rule_kind", "rule_value"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut rule_kind: Option<MirrorRootRuleRuleKind> = None;
        let mut rule_value: Option<Vec<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut rule_kind),
                Some(1) => map.value(&mut rule_value),
                _ => break,
            }?;
        }
        Ok(MirrorRootRule {
            rule_kind: map.required(rule_kind, "rule_kind")?,
            rule_value: map.required(rule_value, "rule_value")?,
        })
    }
}

impl Validate for MirrorRootRule {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("rule_kind", self.rule_kind.validate());
        checks.done()
    }
}

/// The kind of rule type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MirrorRootRuleRuleKind {
    /// `tag_glob_csv`
    TagGlobCsv,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl MirrorRootRuleRuleKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["tag_glob_csv"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TagGlobCsv => "tag_glob_csv",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MirrorRootRuleRuleKind {
    fn from(value: &str) -> Self {
        match value {
            "tag_glob_csv" => Self::TagGlobCsv,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for MirrorRootRuleRuleKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MirrorRootRuleRuleKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MirrorRootRuleRuleKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MirrorRootRuleRuleKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for MirrorRootRuleRuleKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Description of a new organization application.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewApp {
    /// The name of the application.
    pub name: String,
    /// The URI for the application's OAuth redirect.
    pub redirect_uri: Option<String>,
    /// The URI for the application's homepage.
    pub application_uri: Option<String>,
    /// The human-readable description for the application.
    pub description: Option<String>,
    /// The e-mail address of the avatar to use for the application.
    pub avatar_email: Option<String>,
}

impl serde::Serialize for NewApp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.redirect_uri.is_some(),
            self.application_uri.is_some(),
            self.description.is_some(),
            self.avatar_email.is_some(),
        ];
        let mut out = write_fields(serializer, "NewApp", 1, &present);
        out.field("name", &self.name);
        out.optional("redirect_uri", &self.redirect_uri);
        out.optional("application_uri", &self.application_uri);
        out.optional("description", &self.description);
        out.optional("avatar_email", &self.avatar_email);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewApp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewApp {
    const EXPECTING: &'static str = "struct NewApp";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "redirect_uri",
        "application_uri",
        "description",
        "avatar_email",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut redirect_uri: Option<String> = None;
        let mut application_uri: Option<String> = None;
        let mut description: Option<String> = None;
        let mut avatar_email: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.optional(&mut redirect_uri),
                Some(2) => map.optional(&mut application_uri),
                Some(3) => map.optional(&mut description),
                Some(4) => map.optional(&mut avatar_email),
                _ => break,
            }?;
        }
        Ok(NewApp {
            name: map.required(name, "name")?,
            redirect_uri,
            application_uri,
            description,
            avatar_email,
        })
    }
}

impl Validate for NewApp {}

/// Description of a new organization quota.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewNamespaceQuota {
    /// Number of bytes the organization is allowed.
    pub limit_bytes: i64,
}

impl serde::Serialize for NewNamespaceQuota {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewNamespaceQuota", 1, &[]);
        out.field("limit_bytes", &self.limit_bytes);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewNamespaceQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewNamespaceQuota {
    const EXPECTING: &'static str = "struct NewNamespaceQuota";
    const FIELDS: &'static [&'static str] = &["limit_bytes"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut limit_bytes: Option<i64> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut limit_bytes)?;
        }
        Ok(NewNamespaceQuota {
            limit_bytes: map.required(limit_bytes, "limit_bytes")?,
        })
    }
}

impl Validate for NewNamespaceQuota {}

/// Description of a new organization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewOrg {
    /// Organization username.
    pub name: String,
    /// Organization contact email.
    pub email: Option<String>,
    /// The (may be disabled) recaptcha response code for verification.
    pub recaptcha_response: Option<String>,
}

impl serde::Serialize for NewOrg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.email.is_some(), self.recaptcha_response.is_some()];
        let mut out = write_fields(serializer, "NewOrg", 1, &present);
        out.field("name", &self.name);
        out.optional("email", &self.email);
        out.optional("recaptcha_response", &self.recaptcha_response);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewOrg {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewOrg {
    const EXPECTING: &'static str = "struct NewOrg";
    const FIELDS: &'static [&'static str] = &["name", "email", "recaptcha_response"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut recaptcha_response: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.optional(&mut email),
                Some(2) => map.optional(&mut recaptcha_response),
                _ => break,
            }?;
        }
        Ok(NewOrg {
            name: map.required(name, "name")?,
            email,
            recaptcha_response,
        })
    }
}

impl Validate for NewOrg {}

/// Description of a new organization quota.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewOrgQuota {
    /// Number of bytes the organization is allowed.
    pub limit_bytes: i64,
}

impl serde::Serialize for NewOrgQuota {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewOrgQuota", 1, &[]);
        out.field("limit_bytes", &self.limit_bytes);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewOrgQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewOrgQuota {
    const EXPECTING: &'static str = "struct NewOrgQuota";
    const FIELDS: &'static [&'static str] = &["limit_bytes"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut limit_bytes: Option<i64> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut limit_bytes)?;
        }
        Ok(NewOrgQuota {
            limit_bytes: map.required(limit_bytes, "limit_bytes")?,
        })
    }
}

impl Validate for NewOrgQuota {}

/// Description of a new organization quota limit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewOrgQuotaLimit {
    /// Type of quota limit: "Warning" or "Reject".
    pub type_: String,
    /// Quota threshold, in percent of quota (a 32-bit integer column in Quay).
    pub threshold_percent: i64,
}

impl serde::Serialize for NewOrgQuotaLimit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewOrgQuotaLimit", 2, &[]);
        out.field("type", &self.type_);
        out.field("threshold_percent", &self.threshold_percent);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewOrgQuotaLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewOrgQuotaLimit {
    const EXPECTING: &'static str = "struct NewOrgQuotaLimit";
    const FIELDS: &'static [&'static str] = &["type", "threshold_percent"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut threshold_percent: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut type_),
                Some(1) => map.value(&mut threshold_percent),
                _ => break,
            }?;
        }
        Ok(NewOrgQuotaLimit {
            type_: map.required(type_, "type")?,
            threshold_percent: map.required(threshold_percent, "threshold_percent")?,
        })
    }
}

impl Validate for NewOrgQuotaLimit {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks
            .at(
                "threshold_percent",
                check_bounds(
                    Some(&self.threshold_percent),
                    None,
                    Some((2147483647.0, false)),
                    None,
                    None,
                ),
            );
        checks.done()
    }
}

/// Description of a new prototype.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPrototype {
    /// Role that should be applied to the delegate.
    pub role: NewPrototypeRole,
    /// Repository creating user to whom the rule should apply.
    pub activating_user: Option<NewPrototypeActivatingUser>,
    /// Information about the user or team to which the rule grants access.
    pub delegate: NewPrototypeDelegate,
}

impl serde::Serialize for NewPrototype {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.activating_user.is_some()];
        let mut out = write_fields(serializer, "NewPrototype", 2, &present);
        out.field("role", &self.role);
        out.optional("activating_user", &self.activating_user);
        out.field("delegate", &self.delegate);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewPrototype {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewPrototype {
    const EXPECTING: &'static str = "struct NewPrototype";
    const FIELDS: &'static [&'static str] = &["role", "activating_user", "delegate"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<NewPrototypeRole> = None;
        let mut activating_user: Option<NewPrototypeActivatingUser> = None;
        let mut delegate: Option<NewPrototypeDelegate> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut role),
                Some(1) => map.optional(&mut activating_user),
                Some(2) => map.value(&mut delegate),
                _ => break,
            }?;
        }
        Ok(NewPrototype {
            role: map.required(role, "role")?,
            activating_user,
            delegate: map.required(delegate, "delegate")?,
        })
    }
}

impl Validate for NewPrototype {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.at("delegate", self.delegate.validate());
        checks.done()
    }
}

/// Repository creating user to whom the rule should apply.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewPrototypeActivatingUser {
    /// The username for the activating\_user.
    pub name: String,
}

impl serde::Serialize for NewPrototypeActivatingUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewPrototypeActivatingUser", 1, &[]);
        out.field("name", &self.name);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewPrototypeActivatingUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewPrototypeActivatingUser {
    const EXPECTING: &'static str = "struct NewPrototypeActivatingUser";
    const FIELDS: &'static [&'static str] = &["name"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut name)?;
        }
        Ok(NewPrototypeActivatingUser {
            name: map.required(name, "name")?,
        })
    }
}

impl Validate for NewPrototypeActivatingUser {}

/// Information about the user or team to which the rule grants access.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPrototypeDelegate {
    /// The name for the delegate team or user.
    pub name: String,
    /// Whether the delegate is a user or a team.
    pub kind: NewPrototypeDelegateKind,
}

impl serde::Serialize for NewPrototypeDelegate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewPrototypeDelegate", 2, &[]);
        out.field("name", &self.name);
        out.field("kind", &self.kind);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewPrototypeDelegate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewPrototypeDelegate {
    const EXPECTING: &'static str = "struct NewPrototypeDelegate";
    const FIELDS: &'static [&'static str] = &["name", "kind"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut kind: Option<NewPrototypeDelegateKind> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut kind),
                _ => break,
            }?;
        }
        Ok(NewPrototypeDelegate {
            name: map.required(name, "name")?,
            kind: map.required(kind, "kind")?,
        })
    }
}

impl Validate for NewPrototypeDelegate {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.done()
    }
}

/// Whether the delegate is a user or a team.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NewPrototypeDelegateKind {
    /// `user`
    User,
    /// `team`
    Team,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl NewPrototypeDelegateKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "team"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Team => "team",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NewPrototypeDelegateKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "team" => Self::Team,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for NewPrototypeDelegateKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for NewPrototypeDelegateKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NewPrototypeDelegateKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for NewPrototypeDelegateKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for NewPrototypeDelegateKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Role that should be applied to the delegate.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NewPrototypeRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl NewPrototypeRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NewPrototypeRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for NewPrototypeRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for NewPrototypeRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NewPrototypeRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for NewPrototypeRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for NewPrototypeRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Proxy cache configuration for an organization. Quay declares only `upstream_registry`, but passes the whole body to the model, which also accepts `upstream_registry_username`, `upstream_registry_password`, `expiration_s` (integer, default 86400) and `insecure` (boolean); the Quay UI also sends `org_name` (the organization name).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewProxyCacheConfig {
    /// Name of the upstream registry that is to be cached.
    pub upstream_registry: String,
}

impl serde::Serialize for NewProxyCacheConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewProxyCacheConfig", 1, &[]);
        out.field("upstream_registry", &self.upstream_registry);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewProxyCacheConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewProxyCacheConfig {
    const EXPECTING: &'static str = "struct NewProxyCacheConfig";
    const FIELDS: &'static [&'static str] = &["upstream_registry"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut upstream_registry: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut upstream_registry)?;
        }
        Ok(NewProxyCacheConfig {
            upstream_registry: map.required(upstream_registry, "upstream_registry")?,
        })
    }
}

impl Validate for NewProxyCacheConfig {}

/// Description of a new repository.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRepo {
    /// Repository name.
    pub repository: String,
    /// Visibility which the repository will start with.
    pub visibility: NewRepoVisibility,
    /// Namespace in which the repository should be created. If omitted, the username of the caller is used.
    pub namespace: Option<String>,
    /// Markdown encoded description for the repository.
    pub description: String,
    /// The kind of repository.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub repo_kind: Option<Option<NewRepoRepoKind>>,
}

impl serde::Serialize for NewRepo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.namespace.is_some(), self.repo_kind.is_some()];
        let mut out = write_fields(serializer, "NewRepo", 3, &present);
        out.field("repository", &self.repository);
        out.field("visibility", &self.visibility);
        out.optional("namespace", &self.namespace);
        out.field("description", &self.description);
        out.optional("repo_kind", &self.repo_kind);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewRepo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewRepo {
    const EXPECTING: &'static str = "struct NewRepo";
    const FIELDS: &'static [&'static str] = &[
        "repository",
        "visibility",
        "namespace",
        "description",
        "repo_kind",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut repository: Option<String> = None;
        let mut visibility: Option<NewRepoVisibility> = None;
        let mut namespace: Option<String> = None;
        let mut description: Option<String> = None;
        let mut repo_kind: Option<Option<NewRepoRepoKind>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut repository),
                Some(1) => map.value(&mut visibility),
                Some(2) => map.optional(&mut namespace),
                Some(3) => map.value(&mut description),
                Some(4) => map.value(&mut repo_kind),
                _ => break,
            }?;
        }
        Ok(NewRepo {
            repository: map.required(repository, "repository")?,
            visibility: map.required(visibility, "visibility")?,
            namespace,
            description: map.required(description, "description")?,
            repo_kind,
        })
    }
}

impl Validate for NewRepo {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("visibility", self.visibility.validate());
        checks.at("repo_kind", self.repo_kind.validate());
        checks.done()
    }
}

/// The kind of repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NewRepoRepoKind {
    /// `image`
    Image,
    /// `application`
    Application,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl NewRepoRepoKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["image", "application"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NewRepoRepoKind {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for NewRepoRepoKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for NewRepoRepoKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NewRepoRepoKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for NewRepoRepoKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for NewRepoRepoKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Description of a new token.
///
/// Quay calls this schema `NewToken` (endpoints/api/repotoken.py); it is named `NewRepoToken` here
/// because the body of createAppToken (endpoints/api/appspecifictokens.py) is also called `NewToken`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewRepoToken {
    /// Friendly name to help identify the token.
    pub friendly_name: String,
}

impl serde::Serialize for NewRepoToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewRepoToken", 1, &[]);
        out.field("friendlyName", &self.friendly_name);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewRepoToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewRepoToken {
    const EXPECTING: &'static str = "struct NewRepoToken";
    const FIELDS: &'static [&'static str] = &["friendlyName"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut friendly_name: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut friendly_name)?;
        }
        Ok(NewRepoToken {
            friendly_name: map.required(friendly_name, "friendlyName")?,
        })
    }
}

impl Validate for NewRepoToken {}

/// Visibility which the repository will start with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NewRepoVisibility {
    /// `public`
    Public,
    /// `private`
    Private,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl NewRepoVisibility {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["public", "private"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Private => "private",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NewRepoVisibility {
    fn from(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "private" => Self::Private,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for NewRepoVisibility {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for NewRepoVisibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NewRepoVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for NewRepoVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for NewRepoVisibility {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The repository to star.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewStarredRepository {
    /// Namespace in which the repository belongs.
    pub namespace: String,
    /// Repository name.
    pub repository: String,
}

impl serde::Serialize for NewStarredRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewStarredRepository", 2, &[]);
        out.field("namespace", &self.namespace);
        out.field("repository", &self.repository);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewStarredRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewStarredRepository {
    const EXPECTING: &'static str = "struct NewStarredRepository";
    const FIELDS: &'static [&'static str] = &["namespace", "repository"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut namespace: Option<String> = None;
        let mut repository: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut namespace),
                Some(1) => map.value(&mut repository),
                _ => break,
            }?;
        }
        Ok(NewStarredRepository {
            namespace: map.required(namespace, "namespace")?,
            repository: map.required(repository, "repository")?,
        })
    }
}

impl Validate for NewStarredRepository {}

/// Description of a new app specific token.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewToken {
    /// The user-defined title for the token.
    pub title: String,
}

impl serde::Serialize for NewToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "NewToken", 1, &[]);
        out.field("title", &self.title);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NewToken {
    const EXPECTING: &'static str = "struct NewToken";
    const FIELDS: &'static [&'static str] = &["title"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut title: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut title)?;
        }
        Ok(NewToken {
            title: map.required(title, "title")?,
        })
    }
}

impl Validate for NewToken {}

/// Information for creating a notification on a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotificationCreateRequest {
    /// The event on which the notification will respond, e.g. repo\_push, build\_success, vulnerability\_found.
    pub event: String,
    /// The method of notification (such as email or web callback), e.g. email, webhook, quay\_notification, slack.
    pub method: String,
    /// JSON config information for the specific method of notification.
    pub config: serde_json::Map<String, serde_json::Value>,
    /// JSON config information for the specific event of notification.
    pub event_config: serde_json::Map<String, serde_json::Value>,
    /// The human-readable title of the notification.
    pub title: Option<String>,
}

impl serde::Serialize for NotificationCreateRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.title.is_some()];
        let mut out = write_fields(serializer, "NotificationCreateRequest", 4, &present);
        out.field("event", &self.event);
        out.field("method", &self.method);
        out.field("config", &self.config);
        out.field("eventConfig", &self.event_config);
        out.optional("title", &self.title);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for NotificationCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for NotificationCreateRequest {
    const EXPECTING: &'static str = "struct NotificationCreateRequest";
    const FIELDS: &'static [&'static str] = &[
        "event",
        "method",
        "config",
        "eventConfig",
        "title",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut event: Option<String> = None;
        let mut method: Option<String> = None;
        let mut config: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut event_config: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut title: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut event),
                Some(1) => map.value(&mut method),
                Some(2) => map.value(&mut config),
                Some(3) => map.value(&mut event_config),
                Some(4) => map.optional(&mut title),
                _ => break,
            }?;
        }
        Ok(NotificationCreateRequest {
            event: map.required(event, "event")?,
            method: map.required(method, "method")?,
            config: map.required(config, "config")?,
            event_config: map.required(event_config, "eventConfig")?,
            title,
        })
    }
}

impl Validate for NotificationCreateRequest {}

/// An organization (Quay `org_view`).
#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    /// Name of the organization.
    pub name: String,
    /// Contact e-mail; empty string unless the caller administers the organization.
    pub email: String,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Whether the caller administers the organization.
    pub is_admin: bool,
    /// Whether the caller is a member of the organization.
    pub is_member: bool,
    /// Teams keyed by name; present only for members.
    pub teams: Option<std::collections::BTreeMap<String, OrganizationTeam>>,
    /// Team names in creation order; present only for members.
    pub ordered_teams: Option<Vec<String>>,
    /// Whether invoices are e-mailed; administrators only.
    pub invoice_email: Option<bool>,
    /// Address invoices are sent to; administrators only.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub invoice_email_address: Option<Option<String>>,
    /// Time machine window for removed tags, in seconds; administrators only.
    pub tag_expiration_s: Option<i64>,
    /// Whether the organization has no billing account; administrators only.
    pub is_free_account: Option<bool>,
    /// Quotas of the organization; members only, when quota management and quota editing are enabled.
    pub quotas: Option<Vec<QuotaView>>,
    /// The `quota_report` property.
    pub quota_report: Option<QuotaReport>,
}

impl serde::Serialize for Organization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.teams.is_some(),
            self.ordered_teams.is_some(),
            self.invoice_email.is_some(),
            self.invoice_email_address.is_some(),
            self.tag_expiration_s.is_some(),
            self.is_free_account.is_some(),
            self.quotas.is_some(),
            self.quota_report.is_some(),
        ];
        let mut out = write_fields(serializer, "Organization", 5, &present);
        out.field("name", &self.name);
        out.field("email", &self.email);
        out.field("avatar", &self.avatar);
        out.field("is_admin", &self.is_admin);
        out.field("is_member", &self.is_member);
        out.optional("teams", &self.teams);
        out.optional("ordered_teams", &self.ordered_teams);
        out.optional("invoice_email", &self.invoice_email);
        out.optional("invoice_email_address", &self.invoice_email_address);
        out.optional("tag_expiration_s", &self.tag_expiration_s);
        out.optional("is_free_account", &self.is_free_account);
        out.optional("quotas", &self.quotas);
        out.optional("quota_report", &self.quota_report);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for Organization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for Organization {
    const EXPECTING: &'static str = "struct Organization";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "email",
        "avatar",
        "is_admin",
        "is_member",
        "teams",
        "ordered_teams",
        "invoice_email",
        "invoice_email_address",
        "tag_expiration_s",
        "is_free_account",
        "quotas",
        "quota_report",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        let mut is_admin: Option<bool> = None;
        let mut is_member: Option<bool> = None;
        let mut teams: Option<std::collections::BTreeMap<String, OrganizationTeam>> = None;
        let mut ordered_teams: Option<Vec<String>> = None;
        let mut invoice_email: Option<bool> = None;
        let mut invoice_email_address: Option<Option<String>> = None;
        let mut tag_expiration_s: Option<i64> = None;
        let mut is_free_account: Option<bool> = None;
        let mut quotas: Option<Vec<QuotaView>> = None;
        let mut quota_report: Option<QuotaReport> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut email),
                Some(2) => map.value(&mut avatar),
                Some(3) => map.value(&mut is_admin),
                Some(4) => map.value(&mut is_member),
                Some(5) => map.optional(&mut teams),
                Some(6) => map.optional(&mut ordered_teams),
                Some(7) => map.optional(&mut invoice_email),
                Some(8) => map.value(&mut invoice_email_address),
                Some(9) => map.optional(&mut tag_expiration_s),
                Some(10) => map.optional(&mut is_free_account),
                Some(11) => map.optional(&mut quotas),
                Some(12) => map.optional(&mut quota_report),
                _ => break,
            }?;
        }
        Ok(Organization {
            name: map.required(name, "name")?,
            email: map.required(email, "email")?,
            avatar: map.required(avatar, "avatar")?,
            is_admin: map.required(is_admin, "is_admin")?,
            is_member: map.required(is_member, "is_member")?,
            teams,
            ordered_teams,
            invoice_email,
            invoice_email_address,
            tag_expiration_s,
            is_free_account,
            quotas,
            quota_report,
        })
    }
}

impl Validate for Organization {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("avatar", self.avatar.validate());
        checks.at("teams", self.teams.validate());
        checks.at("quotas", self.quotas.validate());
        checks.at("quota_report", self.quota_report.validate());
        checks.done()
    }
}

/// An OAuth application of an organization (Quay `app_view`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationApplication {
    /// Name of the application.
    pub name: String,
    /// Description of the application.
    pub description: Option<String>,
    /// Homepage URI of the application.
    pub application_uri: Option<String>,
    /// OAuth client ID.
    pub client_id: String,
    /// OAuth client secret; null unless the caller administers the organization.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub client_secret: Option<Option<String>>,
    /// OAuth redirect URI; null unless the caller administers the organization.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub redirect_uri: Option<Option<String>>,
    /// Avatar e-mail; null unless the caller administers the organization (or when unset).
    ///
    /// `None`: absent; `Some(None)`: null.
    pub avatar_email: Option<Option<String>>,
}

impl serde::Serialize for OrganizationApplication {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.description.is_some(),
            self.application_uri.is_some(),
            self.client_secret.is_some(),
            self.redirect_uri.is_some(),
            self.avatar_email.is_some(),
        ];
        let mut out = write_fields(serializer, "OrganizationApplication", 2, &present);
        out.field("name", &self.name);
        out.optional("description", &self.description);
        out.optional("application_uri", &self.application_uri);
        out.field("client_id", &self.client_id);
        out.optional("client_secret", &self.client_secret);
        out.optional("redirect_uri", &self.redirect_uri);
        out.optional("avatar_email", &self.avatar_email);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationApplication {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationApplication {
    const EXPECTING: &'static str = "struct OrganizationApplication";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "application_uri",
        "client_id",
        "client_secret",
        "redirect_uri",
        "avatar_email",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut application_uri: Option<String> = None;
        let mut client_id: Option<String> = None;
        let mut client_secret: Option<Option<String>> = None;
        let mut redirect_uri: Option<Option<String>> = None;
        let mut avatar_email: Option<Option<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.optional(&mut description),
                Some(2) => map.optional(&mut application_uri),
                Some(3) => map.value(&mut client_id),
                Some(4) => map.value(&mut client_secret),
                Some(5) => map.value(&mut redirect_uri),
                Some(6) => map.value(&mut avatar_email),
                _ => break,
            }?;
        }
        Ok(OrganizationApplication {
            name: map.required(name, "name")?,
            description,
            application_uri,
            client_id: map.required(client_id, "client_id")?,
            client_secret,
            redirect_uri,
            avatar_email,
        })
    }
}

impl Validate for OrganizationApplication {}

/// The OAuth applications of an organization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationApplicationList {
    /// The applications.
    pub applications: Vec<OrganizationApplication>,
}

impl serde::Serialize for OrganizationApplicationList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "OrganizationApplicationList", 1, &[]);
        out.field("applications", &self.applications);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationApplicationList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationApplicationList {
    const EXPECTING: &'static str = "struct OrganizationApplicationList";
    const FIELDS: &'static [&'static str] = &["applications"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut applications: Option<Vec<OrganizationApplication>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut applications)?;
        }
        Ok(OrganizationApplicationList {
            applications: map.required(applications, "applications")?,
        })
    }
}

impl Validate for OrganizationApplicationList {}

/// An outside collaborator of an organization.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCollaborator {
    /// Always "user".
    pub kind: OrganizationCollaboratorKind,
    /// Username of the collaborator.
    pub name: String,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Names of the organization's repositories the collaborator has direct permissions on.
    pub repositories: Vec<String>,
}

impl serde::Serialize for OrganizationCollaborator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "OrganizationCollaborator", 4, &[]);
        out.field("kind", &self.kind);
        out.field("name", &self.name);
        out.field("avatar", &self.avatar);
        out.field("repositories", &self.repositories);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationCollaborator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationCollaborator {
    const EXPECTING: &'static str = "struct OrganizationCollaborator";
    const FIELDS: &'static [&'static str] = &["kind", "name", "avatar", "repositories"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<OrganizationCollaboratorKind> = None;
        let mut name: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        let mut repositories: Option<Vec<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut kind),
                Some(1) => map.value(&mut name),
                Some(2) => map.value(&mut avatar),
                Some(3) => map.value(&mut repositories),
                _ => break,
            }?;
        }
        Ok(OrganizationCollaborator {
            kind: map.required(kind, "kind")?,
            name: map.required(name, "name")?,
            avatar: map.required(avatar, "avatar")?,
            repositories: map.required(repositories, "repositories")?,
        })
    }
}

impl Validate for OrganizationCollaborator {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Always "user".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganizationCollaboratorKind {
    /// `user`
    User,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl OrganizationCollaboratorKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationCollaboratorKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for OrganizationCollaboratorKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for OrganizationCollaboratorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrganizationCollaboratorKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationCollaboratorKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for OrganizationCollaboratorKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The outside collaborators of an organization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationCollaboratorList {
    /// The collaborators.
    pub collaborators: Vec<OrganizationCollaborator>,
}

impl serde::Serialize for OrganizationCollaboratorList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "OrganizationCollaboratorList", 1, &[]);
        out.field("collaborators", &self.collaborators);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationCollaboratorList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationCollaboratorList {
    const EXPECTING: &'static str = "struct OrganizationCollaboratorList";
    const FIELDS: &'static [&'static str] = &["collaborators"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut collaborators: Option<Vec<OrganizationCollaborator>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut collaborators)?;
        }
        Ok(OrganizationCollaboratorList {
            collaborators: map.required(collaborators, "collaborators")?,
        })
    }
}

impl Validate for OrganizationCollaboratorList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("collaborators", self.collaborators.validate());
        checks.done()
    }
}

/// A member (user or robot) of an organization.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationMember {
    /// Username of the member.
    pub name: String,
    /// Kind of member (the member list holds users only).
    pub kind: OrganizationMemberKind,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Teams of the organization the member belongs to.
    pub teams: Vec<OrganizationMemberTeamsItem>,
    /// Names of the organization's repositories the member has direct permissions on.
    pub repositories: Vec<String>,
}

impl serde::Serialize for OrganizationMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "OrganizationMember", 5, &[]);
        out.field("name", &self.name);
        out.field("kind", &self.kind);
        out.field("avatar", &self.avatar);
        out.field("teams", &self.teams);
        out.field("repositories", &self.repositories);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationMember {
    const EXPECTING: &'static str = "struct OrganizationMember";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "kind",
        "avatar",
        "teams",
        "repositories",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut kind: Option<OrganizationMemberKind> = None;
        let mut avatar: Option<Avatar> = None;
        let mut teams: Option<Vec<OrganizationMemberTeamsItem>> = None;
        let mut repositories: Option<Vec<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut kind),
                Some(2) => map.value(&mut avatar),
                Some(3) => map.value(&mut teams),
                Some(4) => map.value(&mut repositories),
                _ => break,
            }?;
        }
        Ok(OrganizationMember {
            name: map.required(name, "name")?,
            kind: map.required(kind, "kind")?,
            avatar: map.required(avatar, "avatar")?,
            teams: map.required(teams, "teams")?,
            repositories: map.required(repositories, "repositories")?,
        })
    }
}

impl Validate for OrganizationMember {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.at("teams", self.teams.validate());
        checks.done()
    }
}

/// Kind of member (the member list holds users only).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganizationMemberKind {
    /// `user`
    User,
    /// `robot`
    Robot,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl OrganizationMemberKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "robot"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Robot => "robot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationMemberKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "robot" => Self::Robot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for OrganizationMemberKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for OrganizationMemberKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrganizationMemberKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationMemberKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for OrganizationMemberKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The human members of an organization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationMemberList {
    /// The members.
    pub members: Vec<OrganizationMember>,
}

impl serde::Serialize for OrganizationMemberList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "OrganizationMemberList", 1, &[]);
        out.field("members", &self.members);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationMemberList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationMemberList {
    const EXPECTING: &'static str = "struct OrganizationMemberList";
    const FIELDS: &'static [&'static str] = &["members"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut members: Option<Vec<OrganizationMember>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut members)?;
        }
        Ok(OrganizationMemberList {
            members: map.required(members, "members")?,
        })
    }
}

impl Validate for OrganizationMemberList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("members", self.members.validate());
        checks.done()
    }
}

/// A team the member belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationMemberTeamsItem {
    /// Name of the team.
    pub name: String,
    /// The `avatar` property.
    pub avatar: Avatar,
}

impl serde::Serialize for OrganizationMemberTeamsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "OrganizationMemberTeamsItem", 2, &[]);
        out.field("name", &self.name);
        out.field("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationMemberTeamsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationMemberTeamsItem {
    const EXPECTING: &'static str = "struct OrganizationMemberTeamsItem";
    const FIELDS: &'static [&'static str] = &["name", "avatar"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut avatar),
                _ => break,
            }?;
        }
        Ok(OrganizationMemberTeamsItem {
            name: map.required(name, "name")?,
            avatar: map.required(avatar, "avatar")?,
        })
    }
}

impl Validate for OrganizationMemberTeamsItem {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// A team as listed in an organization view.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationTeam {
    /// Name of the team.
    pub name: String,
    /// Markdown description of the team.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub description: Option<Option<String>>,
    /// Role of the team in the organization.
    pub role: OrganizationTeamRole,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Whether the caller may view the team's members.
    pub can_view: bool,
    /// Number of repositories the team has permissions on.
    pub repo_count: Option<i64>,
    /// Number of members of the team.
    pub member_count: Option<i64>,
    /// Whether the team is synced from an external group.
    pub is_synced: Option<bool>,
}

impl serde::Serialize for OrganizationTeam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.description.is_some(),
            self.repo_count.is_some(),
            self.member_count.is_some(),
            self.is_synced.is_some(),
        ];
        let mut out = write_fields(serializer, "OrganizationTeam", 4, &present);
        out.field("name", &self.name);
        out.optional("description", &self.description);
        out.field("role", &self.role);
        out.field("avatar", &self.avatar);
        out.field("can_view", &self.can_view);
        out.optional("repo_count", &self.repo_count);
        out.optional("member_count", &self.member_count);
        out.optional("is_synced", &self.is_synced);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationTeam {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for OrganizationTeam {
    const EXPECTING: &'static str = "struct OrganizationTeam";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "role",
        "avatar",
        "can_view",
        "repo_count",
        "member_count",
        "is_synced",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<Option<String>> = None;
        let mut role: Option<OrganizationTeamRole> = None;
        let mut avatar: Option<Avatar> = None;
        let mut can_view: Option<bool> = None;
        let mut repo_count: Option<i64> = None;
        let mut member_count: Option<i64> = None;
        let mut is_synced: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut description),
                Some(2) => map.value(&mut role),
                Some(3) => map.value(&mut avatar),
                Some(4) => map.value(&mut can_view),
                Some(5) => map.optional(&mut repo_count),
                Some(6) => map.optional(&mut member_count),
                Some(7) => map.optional(&mut is_synced),
                _ => break,
            }?;
        }
        Ok(OrganizationTeam {
            name: map.required(name, "name")?,
            description,
            role: map.required(role, "role")?,
            avatar: map.required(avatar, "avatar")?,
            can_view: map.required(can_view, "can_view")?,
            repo_count,
            member_count,
            is_synced,
        })
    }
}

impl Validate for OrganizationTeam {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Role of the team in the organization.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganizationTeamRole {
    /// `member`
    Member,
    /// `creator`
    Creator,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl OrganizationTeamRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["member", "creator", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Creator => "creator",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrganizationTeamRole {
    fn from(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "creator" => Self::Creator,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for OrganizationTeamRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for OrganizationTeamRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrganizationTeamRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrganizationTeamRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for OrganizationTeamRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A default permission (prototype): the role granted to a delegate on repositories created in the organization.
#[derive(Debug, Clone, PartialEq)]
pub struct Prototype {
    /// The ID (UUID) of the prototype.
    pub id: String,
    /// Role granted to the delegate.
    pub role: PrototypeRole,
    /// The repository-creating user the rule applies to; null when the rule applies to everyone.
    ///
    /// Always present; may be null.
    pub activating_user: Option<PrototypeActivatingUser>,
    /// The user or team that receives the permission.
    pub delegate: PrototypeDelegate,
}

impl serde::Serialize for Prototype {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "Prototype", 4, &[]);
        out.field("id", &self.id);
        out.field("role", &self.role);
        out.field("activating_user", &self.activating_user);
        out.field("delegate", &self.delegate);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for Prototype {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for Prototype {
    const EXPECTING: &'static str = "struct Prototype";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "role",
        "activating_user",
        "delegate",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut role: Option<PrototypeRole> = None;
        let mut activating_user: Option<PrototypeActivatingUser> = None;
        let mut delegate: Option<PrototypeDelegate> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut id),
                Some(1) => map.value(&mut role),
                Some(2) => map.nullable(&mut activating_user),
                Some(3) => map.value(&mut delegate),
                _ => break,
            }?;
        }
        Ok(Prototype {
            id: map.required(id, "id")?,
            role: map.required(role, "role")?,
            activating_user,
            delegate: map.required(delegate, "delegate")?,
        })
    }
}

impl Validate for Prototype {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.at("activating_user", self.activating_user.validate());
        checks.at("delegate", self.delegate.validate());
        checks.done()
    }
}

/// The repository-creating user the rule applies to; null when the rule applies to everyone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrototypeActivatingUser {
    /// Username.
    pub name: Option<String>,
    /// Whether the account is a robot.
    pub is_robot: Option<bool>,
    /// Always user.
    pub kind: Option<PrototypeActivatingUserKind>,
    /// Whether the user is a member of the organization (always true for robots).
    pub is_org_member: Option<bool>,
    /// The `avatar` property.
    pub avatar: Option<Avatar>,
}

impl serde::Serialize for PrototypeActivatingUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.is_robot.is_some(),
            self.kind.is_some(),
            self.is_org_member.is_some(),
            self.avatar.is_some(),
        ];
        let mut out = write_fields(serializer, "PrototypeActivatingUser", 0, &present);
        out.optional("name", &self.name);
        out.optional("is_robot", &self.is_robot);
        out.optional("kind", &self.kind);
        out.optional("is_org_member", &self.is_org_member);
        out.optional("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeActivatingUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for PrototypeActivatingUser {
    const EXPECTING: &'static str = "struct PrototypeActivatingUser";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "is_robot",
        "kind",
        "is_org_member",
        "avatar",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut is_robot: Option<bool> = None;
        let mut kind: Option<PrototypeActivatingUserKind> = None;
        let mut is_org_member: Option<bool> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut is_robot),
                Some(2) => map.optional(&mut kind),
                Some(3) => map.optional(&mut is_org_member),
                Some(4) => map.optional(&mut avatar),
                _ => break,
            }?;
        }
        Ok(PrototypeActivatingUser {
            name,
            is_robot,
            kind,
            is_org_member,
            avatar,
        })
    }
}

impl Validate for PrototypeActivatingUser {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Always user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrototypeActivatingUserKind {
    /// `user`
    User,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl PrototypeActivatingUserKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrototypeActivatingUserKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for PrototypeActivatingUserKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PrototypeActivatingUserKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PrototypeActivatingUserKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeActivatingUserKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for PrototypeActivatingUserKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The user or team that receives the permission.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrototypeDelegate {
    /// Username or team name.
    pub name: Option<String>,
    /// Whether the delegate is a user or a team.
    pub kind: Option<PrototypeDelegateKind>,
    /// Whether the delegate is a robot (users only).
    pub is_robot: Option<bool>,
    /// Whether the delegate is a member of the organization (users only).
    pub is_org_member: Option<bool>,
    /// The `avatar` property.
    pub avatar: Option<Avatar>,
}

impl serde::Serialize for PrototypeDelegate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.kind.is_some(),
            self.is_robot.is_some(),
            self.is_org_member.is_some(),
            self.avatar.is_some(),
        ];
        let mut out = write_fields(serializer, "PrototypeDelegate", 0, &present);
        out.optional("name", &self.name);
        out.optional("kind", &self.kind);
        out.optional("is_robot", &self.is_robot);
        out.optional("is_org_member", &self.is_org_member);
        out.optional("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeDelegate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for PrototypeDelegate {
    const EXPECTING: &'static str = "struct PrototypeDelegate";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "kind",
        "is_robot",
        "is_org_member",
        "avatar",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut kind: Option<PrototypeDelegateKind> = None;
        let mut is_robot: Option<bool> = None;
        let mut is_org_member: Option<bool> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut kind),
                Some(2) => map.optional(&mut is_robot),
                Some(3) => map.optional(&mut is_org_member),
                Some(4) => map.optional(&mut avatar),
                _ => break,
            }?;
        }
        Ok(PrototypeDelegate {
            name,
            kind,
            is_robot,
            is_org_member,
            avatar,
        })
    }
}

impl Validate for PrototypeDelegate {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Whether the delegate is a user or a team.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrototypeDelegateKind {
    /// `user`
    User,
    /// `team`
    Team,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl PrototypeDelegateKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "team"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Team => "team",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrototypeDelegateKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "team" => Self::Team,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for PrototypeDelegateKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PrototypeDelegateKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PrototypeDelegateKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeDelegateKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for PrototypeDelegateKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The default permissions (prototypes) of an organization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrototypeList {
    /// The prototypes.
    pub prototypes: Vec<Prototype>,
}

impl serde::Serialize for PrototypeList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "PrototypeList", 1, &[]);
        out.field("prototypes", &self.prototypes);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for PrototypeList {
    const EXPECTING: &'static str = "struct PrototypeList";
    const FIELDS: &'static [&'static str] = &["prototypes"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut prototypes: Option<Vec<Prototype>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut prototypes)?;
        }
        Ok(PrototypeList {
            prototypes: map.required(prototypes, "prototypes")?,
        })
    }
}

impl Validate for PrototypeList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("prototypes", self.prototypes.validate());
        checks.done()
    }
}

/// Role granted to the delegate.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrototypeRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl PrototypeRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrototypeRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for PrototypeRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PrototypeRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PrototypeRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for PrototypeRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Description of the new prototype role.
#[derive(Debug, Clone, PartialEq)]
pub struct PrototypeUpdate {
    /// Role that should be applied to the permission.
    pub role: PrototypeUpdateRole,
}

impl serde::Serialize for PrototypeUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "PrototypeUpdate", 1, &[]);
        out.field("role", &self.role);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for PrototypeUpdate {
    const EXPECTING: &'static str = "struct PrototypeUpdate";
    const FIELDS: &'static [&'static str] = &["role"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<PrototypeUpdateRole> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut role)?;
        }
        Ok(PrototypeUpdate {
            role: map.required(role, "role")?,
        })
    }
}

impl Validate for PrototypeUpdate {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// Role that should be applied to the permission.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrototypeUpdateRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl PrototypeUpdateRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrototypeUpdateRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for PrototypeUpdateRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PrototypeUpdateRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PrototypeUpdateRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PrototypeUpdateRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for PrototypeUpdateRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The proxy cache configuration of an organization; every field is an empty string when none is configured.
#[derive(Debug, Clone, PartialEq)]
pub struct ProxyCacheConfig {
    /// The cached upstream registry.
    pub upstream_registry: String,
    /// Expiration of cached tags, in seconds ("" if unset).
    pub expiration_s: ProxyCacheConfigExpirationS,
    /// Whether the upstream is reached without TLS verification ("" if unset).
    pub insecure: ProxyCacheConfigInsecure,
}

impl serde::Serialize for ProxyCacheConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ProxyCacheConfig", 3, &[]);
        out.field("upstream_registry", &self.upstream_registry);
        out.field("expiration_s", &self.expiration_s);
        out.field("insecure", &self.insecure);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProxyCacheConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ProxyCacheConfig {
    const EXPECTING: &'static str = "struct ProxyCacheConfig";
    const FIELDS: &'static [&'static str] = &[
        "upstream_registry",
        "expiration_s",
        "insecure",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut upstream_registry: Option<String> = None;
        let mut expiration_s: Option<ProxyCacheConfigExpirationS> = None;
        let mut insecure: Option<ProxyCacheConfigInsecure> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut upstream_registry),
                Some(1) => map.value(&mut expiration_s),
                Some(2) => map.value(&mut insecure),
                _ => break,
            }?;
        }
        Ok(ProxyCacheConfig {
            upstream_registry: map.required(upstream_registry, "upstream_registry")?,
            expiration_s: map.required(expiration_s, "expiration_s")?,
            insecure: map.required(insecure, "insecure")?,
        })
    }
}

impl Validate for ProxyCacheConfig {}

/// Expiration of cached tags, in seconds ("" if unset).
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ProxyCacheConfigExpirationS {
    /// Alternative 1 of the document's list.
    Integer(i64),
    /// Alternative 2 of the document's list.
    String(String),
}

impl Validate for ProxyCacheConfigExpirationS {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            ProxyCacheConfigExpirationS::Integer(value) => value.validate(),
            ProxyCacheConfigExpirationS::String(value) => value.validate(),
        }
    }
}

/// Whether the upstream is reached without TLS verification ("" if unset).
///
/// Decoding tries the variants in order and keeps the first that fits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ProxyCacheConfigInsecure {
    /// Alternative 1 of the document's list.
    Boolean(bool),
    /// Alternative 2 of the document's list.
    String(String),
}

impl Validate for ProxyCacheConfigInsecure {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            ProxyCacheConfigInsecure::Boolean(value) => value.validate(),
            ProxyCacheConfigInsecure::String(value) => value.validate(),
        }
    }
}

/// Description of updates for a service key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutServiceKey {
    /// The friendly name of a service key.
    pub name: Option<String>,
    /// The key/value pairs of this key's metadata.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The expiration date as a unix timestamp (seconds); null removes the expiration.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub expiration: Option<Option<f64>>,
}

impl serde::Serialize for PutServiceKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.metadata.is_some(),
            self.expiration.is_some(),
        ];
        let mut out = write_fields(serializer, "PutServiceKey", 0, &present);
        out.optional("name", &self.name);
        out.optional("metadata", &self.metadata);
        out.optional("expiration", &self.expiration);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for PutServiceKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for PutServiceKey {
    const EXPECTING: &'static str = "struct PutServiceKey";
    const FIELDS: &'static [&'static str] = &["name", "metadata", "expiration"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut expiration: Option<Option<f64>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut metadata),
                Some(2) => map.value(&mut expiration),
                _ => break,
            }?;
        }
        Ok(PutServiceKey {
            name,
            metadata,
            expiration,
        })
    }
}

impl Validate for PutServiceKey {}

/// A limit of a namespace quota (Quay `limit_view`).
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaLimit {
    /// ID of the quota limit.
    pub id: i64,
    /// Type of the quota limit.
    pub type_: QuotaLimitType,
    /// Threshold of the limit, in percent of the quota.
    pub limit_percent: i64,
}

impl serde::Serialize for QuotaLimit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "QuotaLimit", 3, &[]);
        out.field("id", &self.id);
        out.field("type", &self.type_);
        out.field("limit_percent", &self.limit_percent);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for QuotaLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for QuotaLimit {
    const EXPECTING: &'static str = "struct QuotaLimit";
    const FIELDS: &'static [&'static str] = &["id", "type", "limit_percent"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<i64> = None;
        let mut type_: Option<QuotaLimitType> = None;
        let mut limit_percent: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut id),
                Some(1) => map.value(&mut type_),
                Some(2) => map.value(&mut limit_percent),
                _ => break,
            }?;
        }
        Ok(QuotaLimit {
            id: map.required(id, "id")?,
            type_: map.required(type_, "type")?,
            limit_percent: map.required(limit_percent, "limit_percent")?,
        })
    }
}

impl Validate for QuotaLimit {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("type", self.type_.validate());
        checks.done()
    }
}

/// A list of quota limits.
pub type QuotaLimitList = Vec<QuotaLimit>;

/// Type of the quota limit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuotaLimitType {
    /// `Warning`
    Warning,
    /// `Reject`
    Reject,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl QuotaLimitType {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Warning", "Reject"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Warning => "Warning",
            Self::Reject => "Reject",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for QuotaLimitType {
    fn from(value: &str) -> Self {
        match value {
            "Warning" => Self::Warning,
            "Reject" => Self::Reject,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for QuotaLimitType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for QuotaLimitType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QuotaLimitType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for QuotaLimitType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for QuotaLimitType {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A list of namespace quotas.
pub type QuotaList = Vec<QuotaView>;

/// Storage consumption of a namespace against its quota.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuotaReport {
    /// Bytes currently consumed by the namespace.
    pub quota_bytes: Option<i64>,
    /// Configured quota in bytes (the system default if none is set), or null.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub configured_quota: Option<Option<i64>>,
    /// Deprecated alias of backfill\_status.
    pub running_backfill: Option<String>,
    /// State of the namespace size calculation.
    pub backfill_status: Option<QuotaReportBackfillStatus>,
}

impl serde::Serialize for QuotaReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.quota_bytes.is_some(),
            self.configured_quota.is_some(),
            self.running_backfill.is_some(),
            self.backfill_status.is_some(),
        ];
        let mut out = write_fields(serializer, "QuotaReport", 0, &present);
        out.optional("quota_bytes", &self.quota_bytes);
        out.optional("configured_quota", &self.configured_quota);
        out.optional("running_backfill", &self.running_backfill);
        out.optional("backfill_status", &self.backfill_status);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for QuotaReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for QuotaReport {
    const EXPECTING: &'static str = "struct QuotaReport";
    const FIELDS: &'static [&'static str] = &[
        "quota_bytes",
        "configured_quota",
        "running_backfill",
        "backfill_status",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut quota_bytes: Option<i64> = None;
        let mut configured_quota: Option<Option<i64>> = None;
        let mut running_backfill: Option<String> = None;
        let mut backfill_status: Option<QuotaReportBackfillStatus> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut quota_bytes),
                Some(1) => map.value(&mut configured_quota),
                Some(2) => map.optional(&mut running_backfill),
                Some(3) => map.optional(&mut backfill_status),
                _ => break,
            }?;
        }
        Ok(QuotaReport {
            quota_bytes,
            configured_quota,
            running_backfill,
            backfill_status,
        })
    }
}

impl Validate for QuotaReport {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("backfill_status", self.backfill_status.validate());
        checks.done()
    }
}

/// State of the namespace size calculation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuotaReportBackfillStatus {
    /// `waiting`
    Waiting,
    /// `running`
    Running,
    /// `complete`
    Complete,
    /// The empty string.
    Empty,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl QuotaReportBackfillStatus {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["waiting", "running", "complete", ""];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Waiting => "waiting",
            Self::Running => "running",
            Self::Complete => "complete",
            Self::Empty => "",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for QuotaReportBackfillStatus {
    fn from(value: &str) -> Self {
        match value {
            "waiting" => Self::Waiting,
            "running" => Self::Running,
            "complete" => Self::Complete,
            "" => Self::Empty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for QuotaReportBackfillStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for QuotaReportBackfillStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QuotaReportBackfillStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for QuotaReportBackfillStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for QuotaReportBackfillStatus {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A namespace quota with its limits (Quay `quota_view`). The quota endpoints also send `default_config` and `default_config_exists`; the `quotas` of an organization view carry only `id`, `limit_bytes` and `limits`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuotaView {
    /// ID of the quota (may be null for the system default quota).
    ///
    /// Always present; may be null.
    pub id: Option<i64>,
    /// Size limit of the quota, in bytes.
    pub limit_bytes: i64,
    /// Whether this is the system default quota (`DEFAULT_SYSTEM_REJECT_QUOTA_BYTES`) rather than one defined for the namespace.
    pub default_config: Option<bool>,
    /// The limits of the quota.
    pub limits: Vec<QuotaLimit>,
    /// Whether a system default quota is configured.
    pub default_config_exists: Option<bool>,
}

impl serde::Serialize for QuotaView {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.default_config.is_some(),
            self.default_config_exists.is_some(),
        ];
        let mut out = write_fields(serializer, "QuotaView", 3, &present);
        out.field("id", &self.id);
        out.field("limit_bytes", &self.limit_bytes);
        out.optional("default_config", &self.default_config);
        out.field("limits", &self.limits);
        out.optional("default_config_exists", &self.default_config_exists);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for QuotaView {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for QuotaView {
    const EXPECTING: &'static str = "struct QuotaView";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "limit_bytes",
        "default_config",
        "limits",
        "default_config_exists",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<i64> = None;
        let mut limit_bytes: Option<i64> = None;
        let mut default_config: Option<bool> = None;
        let mut limits: Option<Vec<QuotaLimit>> = None;
        let mut default_config_exists: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.nullable(&mut id),
                Some(1) => map.value(&mut limit_bytes),
                Some(2) => map.optional(&mut default_config),
                Some(3) => map.value(&mut limits),
                Some(4) => map.optional(&mut default_config_exists),
                _ => break,
            }?;
        }
        Ok(QuotaView {
            id,
            limit_bytes: map.required(limit_bytes, "limit_bytes")?,
            default_config,
            limits: map.required(limits, "limits")?,
            default_config_exists,
        })
    }
}

impl Validate for QuotaView {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("limits", self.limits.validate());
        checks.done()
    }
}

/// Description of a image registry size.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrySize {
    /// Size of the registry in bytes, as last calculated (0 before any calculation).
    pub size_bytes: Option<i64>,
    /// When the last calculation completed, in milliseconds since the Unix epoch; null if never.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub last_ran: Option<Option<i64>>,
    /// Whether a calculation is queued.
    pub queued: Option<bool>,
    /// Whether a calculation is running.
    pub running: Option<bool>,
}

impl serde::Serialize for RegistrySize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.size_bytes.is_some(),
            self.last_ran.is_some(),
            self.queued.is_some(),
            self.running.is_some(),
        ];
        let mut out = write_fields(serializer, "RegistrySize", 0, &present);
        out.optional("size_bytes", &self.size_bytes);
        out.optional("last_ran", &self.last_ran);
        out.optional("queued", &self.queued);
        out.optional("running", &self.running);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RegistrySize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RegistrySize {
    const EXPECTING: &'static str = "struct RegistrySize";
    const FIELDS: &'static [&'static str] = &[
        "size_bytes",
        "last_ran",
        "queued",
        "running",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut size_bytes: Option<i64> = None;
        let mut last_ran: Option<Option<i64>> = None;
        let mut queued: Option<bool> = None;
        let mut running: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut size_bytes),
                Some(1) => map.value(&mut last_ran),
                Some(2) => map.optional(&mut queued),
                Some(3) => map.optional(&mut running),
                _ => break,
            }?;
        }
        Ok(RegistrySize {
            size_bytes,
            last_ran,
            queued,
            running,
        })
    }
}

impl Validate for RegistrySize {}

/// A manifest of a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepoManifest {
    /// The digest of the manifest.
    pub digest: String,
    /// Whether the manifest is a manifest list (index).
    pub is_manifest_list: bool,
    /// The raw manifest, as a string.
    pub manifest_data: String,
    /// Media type of the config blob.
    ///
    /// Always present; may be null.
    pub config_media_type: Option<String>,
    /// The layers (null for a manifest list).
    ///
    /// Always present; may be null.
    pub layers: Option<Vec<ManifestLayer>>,
}

impl serde::Serialize for RepoManifest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoManifest", 5, &[]);
        out.field("digest", &self.digest);
        out.field("is_manifest_list", &self.is_manifest_list);
        out.field("manifest_data", &self.manifest_data);
        out.field("config_media_type", &self.config_media_type);
        out.field("layers", &self.layers);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoManifest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoManifest {
    const EXPECTING: &'static str = "struct RepoManifest";
    const FIELDS: &'static [&'static str] = &[
        "digest",
        "is_manifest_list",
        "manifest_data",
        "config_media_type",
        "layers",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut digest: Option<String> = None;
        let mut is_manifest_list: Option<bool> = None;
        let mut manifest_data: Option<String> = None;
        let mut config_media_type: Option<String> = None;
        let mut layers: Option<Vec<ManifestLayer>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut digest),
                Some(1) => map.value(&mut is_manifest_list),
                Some(2) => map.value(&mut manifest_data),
                Some(3) => map.nullable(&mut config_media_type),
                Some(4) => map.nullable(&mut layers),
                _ => break,
            }?;
        }
        Ok(RepoManifest {
            digest: map.required(digest, "digest")?,
            is_manifest_list: map.required(is_manifest_list, "is_manifest_list")?,
            manifest_data: map.required(manifest_data, "manifest_data")?,
            config_media_type,
            layers,
        })
    }
}

impl Validate for RepoManifest {}

/// A role on a repository.
#[derive(Debug, Clone, PartialEq)]
pub struct RepoRole {
    /// Role on the repository.
    pub role: RepoRoleRole,
}

impl serde::Serialize for RepoRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoRole", 1, &[]);
        out.field("role", &self.role);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoRole {
    const EXPECTING: &'static str = "struct RepoRole";
    const FIELDS: &'static [&'static str] = &["role"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<RepoRoleRole> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut role)?;
        }
        Ok(RepoRole {
            role: map.required(role, "role")?,
        })
    }
}

impl Validate for RepoRole {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// Role on the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepoRoleRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepoRoleRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepoRoleRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepoRoleRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepoRoleRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepoRoleRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepoRoleRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepoRoleRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Acknowledges a change to a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepoSuccess {
    /// Always true.
    pub success: bool,
}

impl serde::Serialize for RepoSuccess {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoSuccess", 1, &[]);
        out.field("success", &self.success);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoSuccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoSuccess {
    const EXPECTING: &'static str = "struct RepoSuccess";
    const FIELDS: &'static [&'static str] = &["success"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut success: Option<bool> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut success)?;
        }
        Ok(RepoSuccess {
            success: map.required(success, "success")?,
        })
    }
}

impl Validate for RepoSuccess {}

/// The permission of a team on a repository.
#[derive(Debug, Clone, PartialEq)]
pub struct RepoTeamPermission {
    /// Role on the repository.
    pub role: RepoTeamPermissionRole,
    /// Name of the team.
    pub name: String,
    /// The `avatar` property.
    pub avatar: Avatar,
}

impl serde::Serialize for RepoTeamPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoTeamPermission", 3, &[]);
        out.field("role", &self.role);
        out.field("name", &self.name);
        out.field("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoTeamPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoTeamPermission {
    const EXPECTING: &'static str = "struct RepoTeamPermission";
    const FIELDS: &'static [&'static str] = &["role", "name", "avatar"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<RepoTeamPermissionRole> = None;
        let mut name: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut role),
                Some(1) => map.value(&mut name),
                Some(2) => map.value(&mut avatar),
                _ => break,
            }?;
        }
        Ok(RepoTeamPermission {
            role: map.required(role, "role")?,
            name: map.required(name, "name")?,
            avatar: map.required(avatar, "avatar")?,
        })
    }
}

impl Validate for RepoTeamPermission {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// The team permissions on a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepoTeamPermissionList {
    /// Permissions keyed by team name.
    pub permissions: std::collections::BTreeMap<String, RepoTeamPermission>,
}

impl serde::Serialize for RepoTeamPermissionList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoTeamPermissionList", 1, &[]);
        out.field("permissions", &self.permissions);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoTeamPermissionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoTeamPermissionList {
    const EXPECTING: &'static str = "struct RepoTeamPermissionList";
    const FIELDS: &'static [&'static str] = &["permissions"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut permissions: Option<
            std::collections::BTreeMap<String, RepoTeamPermission>,
        > = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut permissions)?;
        }
        Ok(RepoTeamPermissionList {
            permissions: map.required(permissions, "permissions")?,
        })
    }
}

impl Validate for RepoTeamPermissionList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("permissions", self.permissions.validate());
        checks.done()
    }
}

/// Role on the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepoTeamPermissionRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepoTeamPermissionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepoTeamPermissionRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepoTeamPermissionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepoTeamPermissionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepoTeamPermissionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepoTeamPermissionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepoTeamPermissionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Answer of the retired repository token endpoints.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepoTokenUnsupported {
    /// Explains that access tokens are no longer supported, e.g. "Handling of access tokens is no longer supported".
    pub message: String,
}

impl serde::Serialize for RepoTokenUnsupported {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoTokenUnsupported", 1, &[]);
        out.field("message", &self.message);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoTokenUnsupported {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoTokenUnsupported {
    const EXPECTING: &'static str = "struct RepoTokenUnsupported";
    const FIELDS: &'static [&'static str] = &["message"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut message: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut message)?;
        }
        Ok(RepoTokenUnsupported {
            message: map.required(message, "message")?,
        })
    }
}

impl Validate for RepoTokenUnsupported {}

/// The roles a user has on a repository, directly or through teams.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepoTransitivePermissionList {
    /// The roles.
    pub permissions: Vec<RepoRole>,
}

impl serde::Serialize for RepoTransitivePermissionList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoTransitivePermissionList", 1, &[]);
        out.field("permissions", &self.permissions);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoTransitivePermissionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoTransitivePermissionList {
    const EXPECTING: &'static str = "struct RepoTransitivePermissionList";
    const FIELDS: &'static [&'static str] = &["permissions"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut permissions: Option<Vec<RepoRole>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut permissions)?;
        }
        Ok(RepoTransitivePermissionList {
            permissions: map.required(permissions, "permissions")?,
        })
    }
}

impl Validate for RepoTransitivePermissionList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("permissions", self.permissions.validate());
        checks.done()
    }
}

/// Fields which can be updated in a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepoUpdate {
    /// Markdown encoded description for the repository.
    pub description: String,
}

impl serde::Serialize for RepoUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoUpdate", 1, &[]);
        out.field("description", &self.description);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoUpdate {
    const EXPECTING: &'static str = "struct RepoUpdate";
    const FIELDS: &'static [&'static str] = &["description"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut description: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut description)?;
        }
        Ok(RepoUpdate {
            description: map.required(description, "description")?,
        })
    }
}

impl Validate for RepoUpdate {}

/// The permission of a user or robot on a repository.
#[derive(Debug, Clone, PartialEq)]
pub struct RepoUserPermission {
    /// Role on the repository.
    pub role: RepoUserPermissionRole,
    /// Username (or robot name).
    pub name: String,
    /// Whether the user is a robot.
    pub is_robot: bool,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Whether the user is a member of the owning organization (robots count as members); present only for repositories of organizations.
    pub is_org_member: Option<bool>,
}

impl serde::Serialize for RepoUserPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.is_org_member.is_some()];
        let mut out = write_fields(serializer, "RepoUserPermission", 4, &present);
        out.field("role", &self.role);
        out.field("name", &self.name);
        out.field("is_robot", &self.is_robot);
        out.field("avatar", &self.avatar);
        out.optional("is_org_member", &self.is_org_member);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoUserPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoUserPermission {
    const EXPECTING: &'static str = "struct RepoUserPermission";
    const FIELDS: &'static [&'static str] = &[
        "role",
        "name",
        "is_robot",
        "avatar",
        "is_org_member",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<RepoUserPermissionRole> = None;
        let mut name: Option<String> = None;
        let mut is_robot: Option<bool> = None;
        let mut avatar: Option<Avatar> = None;
        let mut is_org_member: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut role),
                Some(1) => map.value(&mut name),
                Some(2) => map.value(&mut is_robot),
                Some(3) => map.value(&mut avatar),
                Some(4) => map.optional(&mut is_org_member),
                _ => break,
            }?;
        }
        Ok(RepoUserPermission {
            role: map.required(role, "role")?,
            name: map.required(name, "name")?,
            is_robot: map.required(is_robot, "is_robot")?,
            avatar: map.required(avatar, "avatar")?,
            is_org_member,
        })
    }
}

impl Validate for RepoUserPermission {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// The user permissions on a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepoUserPermissionList {
    /// Permissions keyed by username.
    pub permissions: std::collections::BTreeMap<String, RepoUserPermission>,
}

impl serde::Serialize for RepoUserPermissionList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepoUserPermissionList", 1, &[]);
        out.field("permissions", &self.permissions);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepoUserPermissionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepoUserPermissionList {
    const EXPECTING: &'static str = "struct RepoUserPermissionList";
    const FIELDS: &'static [&'static str] = &["permissions"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut permissions: Option<
            std::collections::BTreeMap<String, RepoUserPermission>,
        > = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut permissions)?;
        }
        Ok(RepoUserPermissionList {
            permissions: map.required(permissions, "permissions")?,
        })
    }
}

impl Validate for RepoUserPermissionList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("permissions", self.permissions.validate());
        checks.done()
    }
}

/// Role on the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepoUserPermissionRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepoUserPermissionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepoUserPermissionRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepoUserPermissionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepoUserPermissionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepoUserPermissionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepoUserPermissionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepoUserPermissionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A repository as returned by getRepo.
#[derive(Debug, Clone, PartialEq)]
pub struct Repository {
    /// Namespace (user or organization) of the repository.
    pub namespace: String,
    /// Name of the repository.
    pub name: String,
    /// Kind of the repository.
    pub kind: RepositoryKind,
    /// Markdown description of the repository.
    ///
    /// Always present; may be null.
    pub description: Option<String>,
    /// Whether the repository is public.
    pub is_public: bool,
    /// Whether the namespace is an organization.
    pub is_organization: bool,
    /// Whether the calling user starred the repository.
    pub is_starred: bool,
    /// Token for the status badge of a private repository; empty for public ones (image repositories only).
    pub status_token: Option<String>,
    /// Whether content trust (signing) is enabled (image repositories only).
    pub trust_enabled: Option<bool>,
    /// Time machine window of the namespace in seconds (image repositories only).
    pub tag_expiration_s: Option<i64>,
    /// Whether the namespace has no paid plan.
    pub is_free_account: bool,
    /// State of the repository.
    ///
    /// Always present; may be null.
    pub state: Option<RepositoryState>,
    /// Whether the caller can write to the repository (false unless state is NORMAL).
    pub can_write: bool,
    /// Whether the caller can administer the repository.
    pub can_admin: bool,
    /// Active tags by name (image repositories, with includeTags=true).
    pub tags: Option<std::collections::BTreeMap<String, RepositoryTagSummary>>,
    /// Daily action counts of the last three months (with includeStats=true).
    pub stats: Option<Vec<RepositoryStatsItem>>,
    /// Channels of an application repository.
    pub channels: Option<Vec<RepositoryChannelsItem>>,
    /// Releases of an application repository.
    pub releases: Option<Vec<RepositoryReleasesItem>>,
}

impl serde::Serialize for Repository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.status_token.is_some(),
            self.trust_enabled.is_some(),
            self.tag_expiration_s.is_some(),
            self.tags.is_some(),
            self.stats.is_some(),
            self.channels.is_some(),
            self.releases.is_some(),
        ];
        let mut out = write_fields(serializer, "Repository", 11, &present);
        out.field("namespace", &self.namespace);
        out.field("name", &self.name);
        out.field("kind", &self.kind);
        out.field("description", &self.description);
        out.field("is_public", &self.is_public);
        out.field("is_organization", &self.is_organization);
        out.field("is_starred", &self.is_starred);
        out.optional("status_token", &self.status_token);
        out.optional("trust_enabled", &self.trust_enabled);
        out.optional("tag_expiration_s", &self.tag_expiration_s);
        out.field("is_free_account", &self.is_free_account);
        out.field("state", &self.state);
        out.field("can_write", &self.can_write);
        out.field("can_admin", &self.can_admin);
        out.optional("tags", &self.tags);
        out.optional("stats", &self.stats);
        out.optional("channels", &self.channels);
        out.optional("releases", &self.releases);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for Repository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for Repository {
    const EXPECTING: &'static str = "struct Repository";
    const FIELDS: &'static [&'static str] = &[
        "namespace",
        "name",
        "kind",
        "description",
        "is_public",
        "is_organization",
        "is_starred",
        "status_token",
        "trust_enabled",
        "tag_expiration_s",
        "is_free_account",
        "state",
        "can_write",
        "can_admin",
        "tags",
        "stats",
        "channels",
        "releases",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut kind: Option<RepositoryKind> = None;
        let mut description: Option<String> = None;
        let mut is_public: Option<bool> = None;
        let mut is_organization: Option<bool> = None;
        let mut is_starred: Option<bool> = None;
        let mut status_token: Option<String> = None;
        let mut trust_enabled: Option<bool> = None;
        let mut tag_expiration_s: Option<i64> = None;
        let mut is_free_account: Option<bool> = None;
        let mut state: Option<RepositoryState> = None;
        let mut can_write: Option<bool> = None;
        let mut can_admin: Option<bool> = None;
        let mut tags: Option<std::collections::BTreeMap<String, RepositoryTagSummary>> = None;
        let mut stats: Option<Vec<RepositoryStatsItem>> = None;
        let mut channels: Option<Vec<RepositoryChannelsItem>> = None;
        let mut releases: Option<Vec<RepositoryReleasesItem>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut namespace),
                Some(1) => map.value(&mut name),
                Some(2) => map.value(&mut kind),
                Some(3) => map.nullable(&mut description),
                Some(4) => map.value(&mut is_public),
                Some(5) => map.value(&mut is_organization),
                Some(6) => map.value(&mut is_starred),
                Some(7) => map.optional(&mut status_token),
                Some(8) => map.optional(&mut trust_enabled),
                Some(9) => map.optional(&mut tag_expiration_s),
                Some(10) => map.value(&mut is_free_account),
                Some(11) => map.nullable(&mut state),
                Some(12) => map.value(&mut can_write),
                Some(13) => map.value(&mut can_admin),
                Some(14) => map.optional(&mut tags),
                Some(15) => map.optional(&mut stats),
                Some(16) => map.optional(&mut channels),
                Some(17) => map.optional(&mut releases),
                _ => break,
            }?;
        }
        Ok(Repository {
            namespace: map.required(namespace, "namespace")?,
            name: map.required(name, "name")?,
            kind: map.required(kind, "kind")?,
            description,
            is_public: map.required(is_public, "is_public")?,
            is_organization: map.required(is_organization, "is_organization")?,
            is_starred: map.required(is_starred, "is_starred")?,
            status_token,
            trust_enabled,
            tag_expiration_s,
            is_free_account: map.required(is_free_account, "is_free_account")?,
            state,
            can_write: map.required(can_write, "can_write")?,
            can_admin: map.required(can_admin, "can_admin")?,
            tags,
            stats,
            channels,
            releases,
        })
    }
}

impl Validate for Repository {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("state", self.state.validate());
        checks.done()
    }
}

/// A repository build and its status.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryBuild {
    /// The UUID of the build.
    pub id: String,
    /// Phase of the build.
    pub phase: RepositoryBuildPhase,
    /// When the build was started, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub started: DateTime,
    /// Display name of the build (a short checksum of its source).
    pub display_name: String,
    /// Live status reported by the build worker (empty once the build ended).
    pub status: serde_json::Map<String, serde_json::Value>,
    /// Path of the Dockerfile inside the build context.
    pub subdirectory: String,
    /// Path of the Dockerfile (Quay sends the same value as subdirectory).
    pub dockerfile_path: String,
    /// The build context directory.
    pub context: String,
    /// Tags the built image is pushed to.
    pub tags: Vec<String>,
    /// Username of the user who started the build by hand; null for triggered builds.
    ///
    /// Always present; may be null.
    pub manual_user: Option<String>,
    /// Whether the caller can write to the repository.
    pub is_writer: bool,
    /// The build trigger that started the build; null for manual builds.
    ///
    /// Always present; may be null.
    pub trigger: Option<RepositoryBuildTrigger>,
    /// Metadata of the commit or event that triggered the build.
    ///
    /// Always present; may be null.
    pub trigger_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// File id of the uploaded build archive, if any.
    ///
    /// Always present; may be null.
    pub resource_key: Option<String>,
    /// The robot account whose credentials pull the base images; null if none.
    ///
    /// Always present; may be null.
    pub pull_robot: Option<RepositoryBuildPullRobot>,
    /// The repository being built.
    pub repository: RepositoryBuildRepository,
    /// Error loading the build status, if any.
    ///
    /// Always present; may be null.
    pub error: Option<String>,
    /// URL of the build archive (only for callers with write permission, or when readers may see build logs).
    pub archive_url: Option<String>,
}

impl serde::Serialize for RepositoryBuild {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.archive_url.is_some()];
        let mut out = write_fields(serializer, "RepositoryBuild", 17, &present);
        out.field("id", &self.id);
        out.field("phase", &self.phase);
        out.field("started", &self.started);
        out.field("display_name", &self.display_name);
        out.field("status", &self.status);
        out.field("subdirectory", &self.subdirectory);
        out.field("dockerfile_path", &self.dockerfile_path);
        out.field("context", &self.context);
        out.field("tags", &self.tags);
        out.field("manual_user", &self.manual_user);
        out.field("is_writer", &self.is_writer);
        out.field("trigger", &self.trigger);
        out.field("trigger_metadata", &self.trigger_metadata);
        out.field("resource_key", &self.resource_key);
        out.field("pull_robot", &self.pull_robot);
        out.field("repository", &self.repository);
        out.field("error", &self.error);
        out.optional("archive_url", &self.archive_url);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuild {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryBuild {
    const EXPECTING: &'static str = "struct RepositoryBuild";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "phase",
        "started",
        "display_name",
        "status",
        "subdirectory",
        "dockerfile_path",
        "context",
        "tags",
        "manual_user",
        "is_writer",
        "trigger",
        "trigger_metadata",
        "resource_key",
        "pull_robot",
        "repository",
        "error",
        "archive_url",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut phase: Option<RepositoryBuildPhase> = None;
        let mut started: Option<DateTime> = None;
        let mut display_name: Option<String> = None;
        let mut status: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut subdirectory: Option<String> = None;
        let mut dockerfile_path: Option<String> = None;
        let mut context: Option<String> = None;
        let mut tags: Option<Vec<String>> = None;
        let mut manual_user: Option<String> = None;
        let mut is_writer: Option<bool> = None;
        let mut trigger: Option<RepositoryBuildTrigger> = None;
        let mut trigger_metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut resource_key: Option<String> = None;
        let mut pull_robot: Option<RepositoryBuildPullRobot> = None;
        let mut repository: Option<RepositoryBuildRepository> = None;
        let mut error: Option<String> = None;
        let mut archive_url: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut id),
                Some(1) => map.value(&mut phase),
                Some(2) => map.value(&mut started),
                Some(3) => map.value(&mut display_name),
                Some(4) => map.value(&mut status),
                Some(5) => map.value(&mut subdirectory),
                Some(6) => map.value(&mut dockerfile_path),
                Some(7) => map.value(&mut context),
                Some(8) => map.value(&mut tags),
                Some(9) => map.nullable(&mut manual_user),
                Some(10) => map.value(&mut is_writer),
                Some(11) => map.nullable(&mut trigger),
                Some(12) => map.nullable(&mut trigger_metadata),
                Some(13) => map.nullable(&mut resource_key),
                Some(14) => map.nullable(&mut pull_robot),
                Some(15) => map.value(&mut repository),
                Some(16) => map.nullable(&mut error),
                Some(17) => map.optional(&mut archive_url),
                _ => break,
            }?;
        }
        Ok(RepositoryBuild {
            id: map.required(id, "id")?,
            phase: map.required(phase, "phase")?,
            started: map.required(started, "started")?,
            display_name: map.required(display_name, "display_name")?,
            status: map.required(status, "status")?,
            subdirectory: map.required(subdirectory, "subdirectory")?,
            dockerfile_path: map.required(dockerfile_path, "dockerfile_path")?,
            context: map.required(context, "context")?,
            tags: map.required(tags, "tags")?,
            manual_user,
            is_writer: map.required(is_writer, "is_writer")?,
            trigger,
            trigger_metadata,
            resource_key,
            pull_robot,
            repository: map.required(repository, "repository")?,
            error,
            archive_url,
        })
    }
}

impl Validate for RepositoryBuild {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("phase", self.phase.validate());
        checks.at("pull_robot", self.pull_robot.validate());
        checks.done()
    }
}

/// The most recent builds of a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryBuildList {
    /// The builds, newest first.
    pub builds: Vec<RepositoryBuild>,
}

impl serde::Serialize for RepositoryBuildList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepositoryBuildList", 1, &[]);
        out.field("builds", &self.builds);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryBuildList {
    const EXPECTING: &'static str = "struct RepositoryBuildList";
    const FIELDS: &'static [&'static str] = &["builds"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut builds: Option<Vec<RepositoryBuild>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut builds)?;
        }
        Ok(RepositoryBuildList {
            builds: map.required(builds, "builds")?,
        })
    }
}

impl Validate for RepositoryBuildList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("builds", self.builds.validate());
        checks.done()
    }
}

/// The log entries of a build, or, once they are archived, only the URL of the archive.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryBuildLogs {
    /// Index of the first returned entry.
    pub start: Option<i64>,
    /// Total number of log entries.
    pub total: Option<i64>,
    /// The log entries (messages, commands and phase changes).
    pub logs: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// URL of the archived logs (only when the logs are archived).
    pub logs_url: Option<String>,
}

impl serde::Serialize for RepositoryBuildLogs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.start.is_some(),
            self.total.is_some(),
            self.logs.is_some(),
            self.logs_url.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryBuildLogs", 0, &present);
        out.optional("start", &self.start);
        out.optional("total", &self.total);
        out.optional("logs", &self.logs);
        out.optional("logs_url", &self.logs_url);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildLogs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryBuildLogs {
    const EXPECTING: &'static str = "struct RepositoryBuildLogs";
    const FIELDS: &'static [&'static str] = &["start", "total", "logs", "logs_url"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut start: Option<i64> = None;
        let mut total: Option<i64> = None;
        let mut logs: Option<Vec<serde_json::Map<String, serde_json::Value>>> = None;
        let mut logs_url: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut start),
                Some(1) => map.optional(&mut total),
                Some(2) => map.optional(&mut logs),
                Some(3) => map.optional(&mut logs_url),
                _ => break,
            }?;
        }
        Ok(RepositoryBuildLogs {
            start,
            total,
            logs,
            logs_url,
        })
    }
}

impl Validate for RepositoryBuildLogs {}

/// Phase of the build.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryBuildPhase {
    /// `waiting`
    Waiting,
    /// `build-scheduled`
    BuildScheduled,
    /// `unpacking`
    Unpacking,
    /// `pulling`
    Pulling,
    /// `building`
    Building,
    /// `pushing`
    Pushing,
    /// `complete`
    Complete,
    /// `error`
    Error,
    /// `internalerror`
    Internalerror,
    /// `cancelled`
    Cancelled,
    /// `expired`
    Expired,
    /// `cannot_load`
    CannotLoad,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositoryBuildPhase {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &[
        "waiting",
        "build-scheduled",
        "unpacking",
        "pulling",
        "building",
        "pushing",
        "complete",
        "error",
        "internalerror",
        "cancelled",
        "expired",
        "cannot_load",
    ];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Waiting => "waiting",
            Self::BuildScheduled => "build-scheduled",
            Self::Unpacking => "unpacking",
            Self::Pulling => "pulling",
            Self::Building => "building",
            Self::Pushing => "pushing",
            Self::Complete => "complete",
            Self::Error => "error",
            Self::Internalerror => "internalerror",
            Self::Cancelled => "cancelled",
            Self::Expired => "expired",
            Self::CannotLoad => "cannot_load",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositoryBuildPhase {
    fn from(value: &str) -> Self {
        match value {
            "waiting" => Self::Waiting,
            "build-scheduled" => Self::BuildScheduled,
            "unpacking" => Self::Unpacking,
            "pulling" => Self::Pulling,
            "building" => Self::Building,
            "pushing" => Self::Pushing,
            "complete" => Self::Complete,
            "error" => Self::Error,
            "internalerror" => Self::Internalerror,
            "cancelled" => Self::Cancelled,
            "expired" => Self::Expired,
            "cannot_load" => Self::CannotLoad,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositoryBuildPhase {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositoryBuildPhase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositoryBuildPhase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildPhase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositoryBuildPhase {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The robot account whose credentials pull the base images; null if none.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryBuildPullRobot {
    /// Username of the account.
    pub name: Option<String>,
    /// Always "user".
    pub kind: Option<RepositoryBuildPullRobotKind>,
    /// Whether the account is a robot.
    pub is_robot: Option<bool>,
}

impl serde::Serialize for RepositoryBuildPullRobot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.kind.is_some(),
            self.is_robot.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryBuildPullRobot", 0, &present);
        out.optional("name", &self.name);
        out.optional("kind", &self.kind);
        out.optional("is_robot", &self.is_robot);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildPullRobot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryBuildPullRobot {
    const EXPECTING: &'static str = "struct RepositoryBuildPullRobot";
    const FIELDS: &'static [&'static str] = &["name", "kind", "is_robot"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut kind: Option<RepositoryBuildPullRobotKind> = None;
        let mut is_robot: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut kind),
                Some(2) => map.optional(&mut is_robot),
                _ => break,
            }?;
        }
        Ok(RepositoryBuildPullRobot {
            name,
            kind,
            is_robot,
        })
    }
}

impl Validate for RepositoryBuildPullRobot {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.done()
    }
}

/// Always "user".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryBuildPullRobotKind {
    /// `user`
    User,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositoryBuildPullRobotKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositoryBuildPullRobotKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositoryBuildPullRobotKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositoryBuildPullRobotKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositoryBuildPullRobotKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildPullRobotKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositoryBuildPullRobotKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The repository being built.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryBuildRepository {
    /// Namespace of the repository.
    pub namespace: String,
    /// Name of the repository.
    pub name: String,
}

impl serde::Serialize for RepositoryBuildRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepositoryBuildRepository", 2, &[]);
        out.field("namespace", &self.namespace);
        out.field("name", &self.name);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryBuildRepository {
    const EXPECTING: &'static str = "struct RepositoryBuildRepository";
    const FIELDS: &'static [&'static str] = &["namespace", "name"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut namespace),
                Some(1) => map.value(&mut name),
                _ => break,
            }?;
        }
        Ok(RepositoryBuildRepository {
            namespace: map.required(namespace, "namespace")?,
            name: map.required(name, "name")?,
        })
    }
}

impl Validate for RepositoryBuildRepository {}

/// Description of a new repository build. Either file\_id or archive\_url is needed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryBuildRequest {
    /// The file id that was generated when the build spec was uploaded.
    pub file_id: Option<String>,
    /// The URL of the .tar.gz to build. Must start with "http" or "https".
    pub archive_url: Option<String>,
    /// Subdirectory in which the Dockerfile can be found. You can only specify this or dockerfile\_path.
    pub subdirectory: Option<String>,
    /// Path to a dockerfile. You can only specify this or subdirectory.
    pub dockerfile_path: Option<String>,
    /// Pass in the context for the dockerfile. This is optional.
    pub context: Option<String>,
    /// Username of a Quay robot account to use as pull credentials.
    pub pull_robot: Option<String>,
    /// The tags to which the built images will be pushed. If none specified, "latest" is used.
    pub docker_tags: Option<Vec<String>>,
}

impl serde::Serialize for RepositoryBuildRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.file_id.is_some(),
            self.archive_url.is_some(),
            self.subdirectory.is_some(),
            self.dockerfile_path.is_some(),
            self.context.is_some(),
            self.pull_robot.is_some(),
            self.docker_tags.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryBuildRequest", 0, &present);
        out.optional("file_id", &self.file_id);
        out.optional("archive_url", &self.archive_url);
        out.optional("subdirectory", &self.subdirectory);
        out.optional("dockerfile_path", &self.dockerfile_path);
        out.optional("context", &self.context);
        out.optional("pull_robot", &self.pull_robot);
        out.optional("docker_tags", &self.docker_tags);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryBuildRequest {
    const EXPECTING: &'static str = "struct RepositoryBuildRequest";
    const FIELDS: &'static [&'static str] = &[
        "file_id",
        "archive_url",
        "subdirectory",
        "dockerfile_path",
        "context",
        "pull_robot",
        "docker_tags",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut file_id: Option<String> = None;
        let mut archive_url: Option<String> = None;
        let mut subdirectory: Option<String> = None;
        let mut dockerfile_path: Option<String> = None;
        let mut context: Option<String> = None;
        let mut pull_robot: Option<String> = None;
        let mut docker_tags: Option<Vec<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut file_id),
                Some(1) => map.optional(&mut archive_url),
                Some(2) => map.optional(&mut subdirectory),
                Some(3) => map.optional(&mut dockerfile_path),
                Some(4) => map.optional(&mut context),
                Some(5) => map.optional(&mut pull_robot),
                Some(6) => map.optional(&mut docker_tags),
                _ => break,
            }?;
        }
        Ok(RepositoryBuildRequest {
            file_id,
            archive_url,
            subdirectory,
            dockerfile_path,
            context,
            pull_robot,
            docker_tags,
        })
    }
}

impl Validate for RepositoryBuildRequest {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks
            .at(
                "docker_tags",
                check_bounds(self.docker_tags.as_ref(), None, None, Some(1), None),
            );
        checks.done()
    }
}

/// The build trigger that started the build; null for manual builds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryBuildTrigger {
    /// UUID of the trigger.
    pub id: Option<String>,
    /// Service of the trigger, e.g. github, gitlab, bitbucket, custom-git.
    pub service: Option<String>,
    /// Whether the trigger is fully set up.
    pub is_active: Option<bool>,
    /// Source repository of the trigger (null without read permission).
    ///
    /// `None`: absent; `Some(None)`: null.
    pub build_source: Option<Option<String>>,
    /// URL of the source repository (null without read permission).
    ///
    /// `None`: absent; `Some(None)`: null.
    pub repository_url: Option<Option<String>>,
    /// Trigger configuration (empty without admin permission).
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether the caller can run the trigger by hand.
    pub can_invoke: Option<bool>,
    /// Whether the trigger is enabled.
    pub enabled: Option<bool>,
    /// Why the trigger was disabled, if it was.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub disabled_reason: Option<Option<String>>,
}

impl serde::Serialize for RepositoryBuildTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.id.is_some(),
            self.service.is_some(),
            self.is_active.is_some(),
            self.build_source.is_some(),
            self.repository_url.is_some(),
            self.config.is_some(),
            self.can_invoke.is_some(),
            self.enabled.is_some(),
            self.disabled_reason.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryBuildTrigger", 0, &present);
        out.optional("id", &self.id);
        out.optional("service", &self.service);
        out.optional("is_active", &self.is_active);
        out.optional("build_source", &self.build_source);
        out.optional("repository_url", &self.repository_url);
        out.optional("config", &self.config);
        out.optional("can_invoke", &self.can_invoke);
        out.optional("enabled", &self.enabled);
        out.optional("disabled_reason", &self.disabled_reason);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryBuildTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryBuildTrigger {
    const EXPECTING: &'static str = "struct RepositoryBuildTrigger";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "service",
        "is_active",
        "build_source",
        "repository_url",
        "config",
        "can_invoke",
        "enabled",
        "disabled_reason",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<String> = None;
        let mut service: Option<String> = None;
        let mut is_active: Option<bool> = None;
        let mut build_source: Option<Option<String>> = None;
        let mut repository_url: Option<Option<String>> = None;
        let mut config: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut can_invoke: Option<bool> = None;
        let mut enabled: Option<bool> = None;
        let mut disabled_reason: Option<Option<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut id),
                Some(1) => map.optional(&mut service),
                Some(2) => map.optional(&mut is_active),
                Some(3) => map.value(&mut build_source),
                Some(4) => map.value(&mut repository_url),
                Some(5) => map.optional(&mut config),
                Some(6) => map.optional(&mut can_invoke),
                Some(7) => map.optional(&mut enabled),
                Some(8) => map.value(&mut disabled_reason),
                _ => break,
            }?;
        }
        Ok(RepositoryBuildTrigger {
            id,
            service,
            is_active,
            build_source,
            repository_url,
            config,
            can_invoke,
            enabled,
            disabled_reason,
        })
    }
}

impl Validate for RepositoryBuildTrigger {}

/// An application channel.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryChannelsItem {
    /// Channel name.
    pub name: Option<String>,
    /// Release the channel points to.
    pub release: Option<String>,
    /// When the channel last changed. RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub last_modified: Option<DateTime>,
}

impl serde::Serialize for RepositoryChannelsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.release.is_some(),
            self.last_modified.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryChannelsItem", 0, &present);
        out.optional("name", &self.name);
        out.optional("release", &self.release);
        out.optional("last_modified", &self.last_modified);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryChannelsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryChannelsItem {
    const EXPECTING: &'static str = "struct RepositoryChannelsItem";
    const FIELDS: &'static [&'static str] = &["name", "release", "last_modified"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut release: Option<String> = None;
        let mut last_modified: Option<DateTime> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut release),
                Some(2) => map.optional(&mut last_modified),
                _ => break,
            }?;
        }
        Ok(RepositoryChannelsItem {
            name,
            release,
            last_modified,
        })
    }
}

impl Validate for RepositoryChannelsItem {}

/// Kind of the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryKind {
    /// `image`
    Image,
    /// `application`
    Application,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositoryKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["image", "application"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositoryKind {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositoryKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositoryKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositoryKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositoryKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// One page of repositories.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryList {
    /// The repositories of this page.
    pub repositories: Vec<RepositoryListItem>,
    /// Opaque token for the next page; absent on the last page.
    pub next_page: Option<String>,
}

impl serde::Serialize for RepositoryList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.next_page.is_some()];
        let mut out = write_fields(serializer, "RepositoryList", 1, &present);
        out.field("repositories", &self.repositories);
        out.optional("next_page", &self.next_page);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryList {
    const EXPECTING: &'static str = "struct RepositoryList";
    const FIELDS: &'static [&'static str] = &["repositories", "next_page"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut repositories: Option<Vec<RepositoryListItem>> = None;
        let mut next_page: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut repositories),
                Some(1) => map.optional(&mut next_page),
                _ => break,
            }?;
        }
        Ok(RepositoryList {
            repositories: map.required(repositories, "repositories")?,
            next_page,
        })
    }
}

impl Validate for RepositoryList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("repositories", self.repositories.validate());
        checks.done()
    }
}

/// A repository as listed by listRepos.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryListItem {
    /// Namespace (user or organization) of the repository.
    pub namespace: String,
    /// Name of the repository.
    pub name: String,
    /// Markdown description of the repository.
    ///
    /// Always present; may be null.
    pub description: Option<String>,
    /// Whether the repository is public.
    pub is_public: bool,
    /// Kind of the repository.
    pub kind: RepositoryListItemKind,
    /// State of the repository.
    ///
    /// Always present; may be null.
    pub state: Option<RepositoryListItemState>,
    /// Quota information; null unless FEATURE\_QUOTA\_MANAGEMENT is enabled.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub quota: Option<Option<serde_json::Map<String, serde_json::Value>>>,
    /// When a tag of the repository last changed, in seconds since the epoch; only with last\_modified=true.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub last_modified: Option<Option<i64>>,
    /// Popularity metric (sum of recent actions); only with popularity=true.
    pub popularity: Option<f64>,
    /// Whether the calling user starred the repository; only for authenticated users.
    pub is_starred: Option<bool>,
    /// Storage consumption of the repository; only when FEATURE\_QUOTA\_MANAGEMENT is enabled.
    pub quota_report: Option<RepositoryListItemQuotaReport>,
}

impl serde::Serialize for RepositoryListItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.quota.is_some(),
            self.last_modified.is_some(),
            self.popularity.is_some(),
            self.is_starred.is_some(),
            self.quota_report.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryListItem", 6, &present);
        out.field("namespace", &self.namespace);
        out.field("name", &self.name);
        out.field("description", &self.description);
        out.field("is_public", &self.is_public);
        out.field("kind", &self.kind);
        out.field("state", &self.state);
        out.optional("quota", &self.quota);
        out.optional("last_modified", &self.last_modified);
        out.optional("popularity", &self.popularity);
        out.optional("is_starred", &self.is_starred);
        out.optional("quota_report", &self.quota_report);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryListItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryListItem {
    const EXPECTING: &'static str = "struct RepositoryListItem";
    const FIELDS: &'static [&'static str] = &[
        "namespace",
        "name",
        "description",
        "is_public",
        "kind",
        "state",
        "quota",
        "last_modified",
        "popularity",
        "is_starred",
        "quota_report",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut is_public: Option<bool> = None;
        let mut kind: Option<RepositoryListItemKind> = None;
        let mut state: Option<RepositoryListItemState> = None;
        let mut quota: Option<Option<serde_json::Map<String, serde_json::Value>>> = None;
        let mut last_modified: Option<Option<i64>> = None;
        let mut popularity: Option<f64> = None;
        let mut is_starred: Option<bool> = None;
        let mut quota_report: Option<RepositoryListItemQuotaReport> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut namespace),
                Some(1) => map.value(&mut name),
                Some(2) => map.nullable(&mut description),
                Some(3) => map.value(&mut is_public),
                Some(4) => map.value(&mut kind),
                Some(5) => map.nullable(&mut state),
                Some(6) => map.value(&mut quota),
                Some(7) => map.value(&mut last_modified),
                Some(8) => map.optional(&mut popularity),
                Some(9) => map.optional(&mut is_starred),
                Some(10) => map.optional(&mut quota_report),
                _ => break,
            }?;
        }
        Ok(RepositoryListItem {
            namespace: map.required(namespace, "namespace")?,
            name: map.required(name, "name")?,
            description,
            is_public: map.required(is_public, "is_public")?,
            kind: map.required(kind, "kind")?,
            state,
            quota,
            last_modified,
            popularity,
            is_starred,
            quota_report,
        })
    }
}

impl Validate for RepositoryListItem {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("state", self.state.validate());
        checks.done()
    }
}

/// Kind of the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryListItemKind {
    /// `image`
    Image,
    /// `application`
    Application,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositoryListItemKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["image", "application"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositoryListItemKind {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositoryListItemKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositoryListItemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositoryListItemKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryListItemKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositoryListItemKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Storage consumption of the repository; only when FEATURE\_QUOTA\_MANAGEMENT is enabled.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryListItemQuotaReport {
    /// Bytes used by the repository.
    pub quota_bytes: Option<i64>,
    /// Quota limit of the namespace in bytes, if any.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub configured_quota: Option<Option<i64>>,
}

impl serde::Serialize for RepositoryListItemQuotaReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.quota_bytes.is_some(), self.configured_quota.is_some()];
        let mut out = write_fields(
            serializer,
            "RepositoryListItemQuotaReport",
            0,
            &present,
        );
        out.optional("quota_bytes", &self.quota_bytes);
        out.optional("configured_quota", &self.configured_quota);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryListItemQuotaReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryListItemQuotaReport {
    const EXPECTING: &'static str = "struct RepositoryListItemQuotaReport";
    const FIELDS: &'static [&'static str] = &["quota_bytes", "configured_quota"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut quota_bytes: Option<i64> = None;
        let mut configured_quota: Option<Option<i64>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut quota_bytes),
                Some(1) => map.value(&mut configured_quota),
                _ => break,
            }?;
        }
        Ok(RepositoryListItemQuotaReport {
            quota_bytes,
            configured_quota,
        })
    }
}

impl Validate for RepositoryListItemQuotaReport {}

/// State of the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryListItemState {
    /// `NORMAL`
    Normal,
    /// `READ_ONLY`
    ReadOnly,
    /// `MIRROR`
    Mirror,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositoryListItemState {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["NORMAL", "READ_ONLY", "MIRROR"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::ReadOnly => "READ_ONLY",
            Self::Mirror => "MIRROR",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositoryListItemState {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "READ_ONLY" => Self::ReadOnly,
            "MIRROR" => Self::Mirror,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositoryListItemState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositoryListItemState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositoryListItemState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryListItemState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositoryListItemState {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A notification configured on a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryNotification {
    /// Internal numeric ID of the notification.
    pub id: Option<i64>,
    /// The UUID of the notification.
    pub uuid: String,
    /// Human-readable title.
    ///
    /// Always present; may be null.
    pub title: Option<String>,
    /// The event the notification responds to.
    pub event: String,
    /// The notification method.
    pub method: String,
    /// Configuration of the method.
    pub config: serde_json::Map<String, serde_json::Value>,
    /// Configuration of the event.
    pub event_config: serde_json::Map<String, serde_json::Value>,
    /// Consecutive delivery failures; the notification is disabled after 3.
    pub number_of_failures: i64,
}

impl serde::Serialize for RepositoryNotification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.id.is_some()];
        let mut out = write_fields(serializer, "RepositoryNotification", 7, &present);
        out.optional("id", &self.id);
        out.field("uuid", &self.uuid);
        out.field("title", &self.title);
        out.field("event", &self.event);
        out.field("method", &self.method);
        out.field("config", &self.config);
        out.field("event_config", &self.event_config);
        out.field("number_of_failures", &self.number_of_failures);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryNotification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryNotification {
    const EXPECTING: &'static str = "struct RepositoryNotification";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "uuid",
        "title",
        "event",
        "method",
        "config",
        "event_config",
        "number_of_failures",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<i64> = None;
        let mut uuid: Option<String> = None;
        let mut title: Option<String> = None;
        let mut event: Option<String> = None;
        let mut method: Option<String> = None;
        let mut config: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut event_config: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut number_of_failures: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut id),
                Some(1) => map.value(&mut uuid),
                Some(2) => map.nullable(&mut title),
                Some(3) => map.value(&mut event),
                Some(4) => map.value(&mut method),
                Some(5) => map.value(&mut config),
                Some(6) => map.value(&mut event_config),
                Some(7) => map.value(&mut number_of_failures),
                _ => break,
            }?;
        }
        Ok(RepositoryNotification {
            id,
            uuid: map.required(uuid, "uuid")?,
            title,
            event: map.required(event, "event")?,
            method: map.required(method, "method")?,
            config: map.required(config, "config")?,
            event_config: map.required(event_config, "event_config")?,
            number_of_failures: map.required(number_of_failures, "number_of_failures")?,
        })
    }
}

impl Validate for RepositoryNotification {}

/// The notifications of a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryNotificationList {
    /// The notifications.
    pub notifications: Vec<RepositoryNotification>,
}

impl serde::Serialize for RepositoryNotificationList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepositoryNotificationList", 1, &[]);
        out.field("notifications", &self.notifications);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryNotificationList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryNotificationList {
    const EXPECTING: &'static str = "struct RepositoryNotificationList";
    const FIELDS: &'static [&'static str] = &["notifications"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut notifications: Option<Vec<RepositoryNotification>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut notifications)?;
        }
        Ok(RepositoryNotificationList {
            notifications: map.required(notifications, "notifications")?,
        })
    }
}

impl Validate for RepositoryNotificationList {}

/// An application release.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryReleasesItem {
    /// Release name.
    pub name: Option<String>,
    /// When the release was created. RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub last_modified: Option<DateTime>,
    /// Channels pointing to the release.
    pub channels: Option<Vec<String>>,
}

impl serde::Serialize for RepositoryReleasesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.last_modified.is_some(),
            self.channels.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryReleasesItem", 0, &present);
        out.optional("name", &self.name);
        out.optional("last_modified", &self.last_modified);
        out.optional("channels", &self.channels);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryReleasesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryReleasesItem {
    const EXPECTING: &'static str = "struct RepositoryReleasesItem";
    const FIELDS: &'static [&'static str] = &["name", "last_modified", "channels"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut last_modified: Option<DateTime> = None;
        let mut channels: Option<Vec<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut last_modified),
                Some(2) => map.optional(&mut channels),
                _ => break,
            }?;
        }
        Ok(RepositoryReleasesItem {
            name,
            last_modified,
            channels,
        })
    }
}

impl Validate for RepositoryReleasesItem {}

/// A repository found by a search.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositorySearchResult {
    /// Kind of result.
    pub kind: RepositorySearchResultKind,
    /// Display kind.
    pub title: RepositorySearchResultTitle,
    /// A user, organization or robot as shown in search results.
    pub namespace: RepositorySearchResultNamespace,
    /// Repository name.
    pub name: String,
    /// Markdown description.
    ///
    /// Always present; may be null.
    pub description: Option<String>,
    /// Whether the repository is public.
    pub is_public: bool,
    /// Relevance score.
    pub score: f64,
    /// Path of the repository in the Quay UI.
    pub href: String,
    /// When a tag last changed, seconds since the epoch (with includeUsage).
    pub last_modified: Option<i64>,
    /// Number of stars (with includeUsage).
    pub stars: Option<i64>,
    /// Popularity metric (with includeUsage).
    pub popularity: Option<f64>,
}

impl serde::Serialize for RepositorySearchResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.last_modified.is_some(),
            self.stars.is_some(),
            self.popularity.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositorySearchResult", 8, &present);
        out.field("kind", &self.kind);
        out.field("title", &self.title);
        out.field("namespace", &self.namespace);
        out.field("name", &self.name);
        out.field("description", &self.description);
        out.field("is_public", &self.is_public);
        out.field("score", &self.score);
        out.field("href", &self.href);
        out.optional("last_modified", &self.last_modified);
        out.optional("stars", &self.stars);
        out.optional("popularity", &self.popularity);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositorySearchResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositorySearchResult {
    const EXPECTING: &'static str = "struct RepositorySearchResult";
    const FIELDS: &'static [&'static str] = &[
        "kind",
        "title",
        "namespace",
        "name",
        "description",
        "is_public",
        "score",
        "href",
        "last_modified",
        "stars",
        "popularity",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<RepositorySearchResultKind> = None;
        let mut title: Option<RepositorySearchResultTitle> = None;
        let mut namespace: Option<RepositorySearchResultNamespace> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut is_public: Option<bool> = None;
        let mut score: Option<f64> = None;
        let mut href: Option<String> = None;
        let mut last_modified: Option<i64> = None;
        let mut stars: Option<i64> = None;
        let mut popularity: Option<f64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut kind),
                Some(1) => map.value(&mut title),
                Some(2) => map.value(&mut namespace),
                Some(3) => map.value(&mut name),
                Some(4) => map.nullable(&mut description),
                Some(5) => map.value(&mut is_public),
                Some(6) => map.value(&mut score),
                Some(7) => map.value(&mut href),
                Some(8) => map.optional(&mut last_modified),
                Some(9) => map.optional(&mut stars),
                Some(10) => map.optional(&mut popularity),
                _ => break,
            }?;
        }
        Ok(RepositorySearchResult {
            kind: map.required(kind, "kind")?,
            title: map.required(title, "title")?,
            namespace: map.required(namespace, "namespace")?,
            name: map.required(name, "name")?,
            description,
            is_public: map.required(is_public, "is_public")?,
            score: map.required(score, "score")?,
            href: map.required(href, "href")?,
            last_modified,
            stars,
            popularity,
        })
    }
}

impl Validate for RepositorySearchResult {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("title", self.title.validate());
        checks.at("namespace", self.namespace.validate());
        checks.done()
    }
}

/// Kind of result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositorySearchResultKind {
    /// `repository`
    Repository,
    /// `application`
    Application,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositorySearchResultKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["repository", "application"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Repository => "repository",
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositorySearchResultKind {
    fn from(value: &str) -> Self {
        match value {
            "repository" => Self::Repository,
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositorySearchResultKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositorySearchResultKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositorySearchResultKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositorySearchResultKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositorySearchResultKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A user, organization or robot as shown in search results.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositorySearchResultNamespace {
    /// Display kind.
    pub title: Option<RepositorySearchResultNamespaceTitle>,
    /// Kind of entity.
    pub kind: Option<RepositorySearchResultNamespaceKind>,
    /// Avatar data of the entity; null for robot accounts.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub avatar: Option<Option<Avatar>>,
    /// Username or organization name.
    pub name: Option<String>,
    /// Relevance score.
    pub score: Option<f64>,
    /// Path of the entity in the Quay UI.
    pub href: Option<String>,
    /// Short name of a robot.
    pub short_name: Option<String>,
}

impl serde::Serialize for RepositorySearchResultNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.title.is_some(),
            self.kind.is_some(),
            self.avatar.is_some(),
            self.name.is_some(),
            self.score.is_some(),
            self.href.is_some(),
            self.short_name.is_some(),
        ];
        let mut out = write_fields(
            serializer,
            "RepositorySearchResultNamespace",
            0,
            &present,
        );
        out.optional("title", &self.title);
        out.optional("kind", &self.kind);
        out.optional("avatar", &self.avatar);
        out.optional("name", &self.name);
        out.optional("score", &self.score);
        out.optional("href", &self.href);
        out.optional("short_name", &self.short_name);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositorySearchResultNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositorySearchResultNamespace {
    const EXPECTING: &'static str = "struct RepositorySearchResultNamespace";
    const FIELDS: &'static [&'static str] = &[
        "title",
        "kind",
        "avatar",
        "name",
        "score",
        "href",
        "short_name",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut title: Option<RepositorySearchResultNamespaceTitle> = None;
        let mut kind: Option<RepositorySearchResultNamespaceKind> = None;
        let mut avatar: Option<Option<Avatar>> = None;
        let mut name: Option<String> = None;
        let mut score: Option<f64> = None;
        let mut href: Option<String> = None;
        let mut short_name: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut title),
                Some(1) => map.optional(&mut kind),
                Some(2) => map.value(&mut avatar),
                Some(3) => map.optional(&mut name),
                Some(4) => map.optional(&mut score),
                Some(5) => map.optional(&mut href),
                Some(6) => map.optional(&mut short_name),
                _ => break,
            }?;
        }
        Ok(RepositorySearchResultNamespace {
            title,
            kind,
            avatar,
            name,
            score,
            href,
            short_name,
        })
    }
}

impl Validate for RepositorySearchResultNamespace {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("title", self.title.validate());
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Kind of entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositorySearchResultNamespaceKind {
    /// `user`
    User,
    /// `organization`
    Organization,
    /// `robot`
    Robot,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositorySearchResultNamespaceKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "organization", "robot"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Organization => "organization",
            Self::Robot => "robot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositorySearchResultNamespaceKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "organization" => Self::Organization,
            "robot" => Self::Robot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositorySearchResultNamespaceKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositorySearchResultNamespaceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositorySearchResultNamespaceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositorySearchResultNamespaceKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositorySearchResultNamespaceKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Display kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositorySearchResultNamespaceTitle {
    /// `user`
    User,
    /// `org`
    Org,
    /// `robot`
    Robot,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositorySearchResultNamespaceTitle {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "org", "robot"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Org => "org",
            Self::Robot => "robot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositorySearchResultNamespaceTitle {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "org" => Self::Org,
            "robot" => Self::Robot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositorySearchResultNamespaceTitle {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositorySearchResultNamespaceTitle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositorySearchResultNamespaceTitle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositorySearchResultNamespaceTitle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositorySearchResultNamespaceTitle {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Display kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositorySearchResultTitle {
    /// `repo`
    Repo,
    /// `app`
    App,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositorySearchResultTitle {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["repo", "app"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Repo => "repo",
            Self::App => "app",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositorySearchResultTitle {
    fn from(value: &str) -> Self {
        match value {
            "repo" => Self::Repo,
            "app" => Self::App,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositorySearchResultTitle {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositorySearchResultTitle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositorySearchResultTitle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositorySearchResultTitle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositorySearchResultTitle {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// One page of repository search results.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositorySearchResults {
    /// Results of this page.
    pub results: Vec<RepositorySearchResult>,
    /// Whether another page of results follows.
    pub has_additional: bool,
    /// The page returned (after clamping).
    pub page: i64,
    /// Maximum number of results per page.
    pub page_size: i64,
    /// Offset of the first result of this page.
    pub start_index: i64,
}

impl serde::Serialize for RepositorySearchResults {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RepositorySearchResults", 5, &[]);
        out.field("results", &self.results);
        out.field("has_additional", &self.has_additional);
        out.field("page", &self.page);
        out.field("page_size", &self.page_size);
        out.field("start_index", &self.start_index);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositorySearchResults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositorySearchResults {
    const EXPECTING: &'static str = "struct RepositorySearchResults";
    const FIELDS: &'static [&'static str] = &[
        "results",
        "has_additional",
        "page",
        "page_size",
        "start_index",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut results: Option<Vec<RepositorySearchResult>> = None;
        let mut has_additional: Option<bool> = None;
        let mut page: Option<i64> = None;
        let mut page_size: Option<i64> = None;
        let mut start_index: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut results),
                Some(1) => map.value(&mut has_additional),
                Some(2) => map.value(&mut page),
                Some(3) => map.value(&mut page_size),
                Some(4) => map.value(&mut start_index),
                _ => break,
            }?;
        }
        Ok(RepositorySearchResults {
            results: map.required(results, "results")?,
            has_additional: map.required(has_additional, "has_additional")?,
            page: map.required(page, "page")?,
            page_size: map.required(page_size, "page_size")?,
            start_index: map.required(start_index, "start_index")?,
        })
    }
}

impl Validate for RepositorySearchResults {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("results", self.results.validate());
        checks.done()
    }
}

/// State of the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryState {
    /// `NORMAL`
    Normal,
    /// `READ_ONLY`
    ReadOnly,
    /// `MIRROR`
    Mirror,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RepositoryState {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["NORMAL", "READ_ONLY", "MIRROR"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::ReadOnly => "READ_ONLY",
            Self::Mirror => "MIRROR",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RepositoryState {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "READ_ONLY" => Self::ReadOnly,
            "MIRROR" => Self::Mirror,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RepositoryState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RepositoryState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepositoryState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RepositoryState {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Action count of one day.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryStatsItem {
    /// The day, ISO 8601 (YYYY-MM-DD).
    pub date: Option<Date>,
    /// Number of actions that day.
    pub count: Option<i64>,
}

impl serde::Serialize for RepositoryStatsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.date.is_some(), self.count.is_some()];
        let mut out = write_fields(serializer, "RepositoryStatsItem", 0, &present);
        out.optional("date", &self.date);
        out.optional("count", &self.count);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryStatsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryStatsItem {
    const EXPECTING: &'static str = "struct RepositoryStatsItem";
    const FIELDS: &'static [&'static str] = &["date", "count"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut date: Option<Date> = None;
        let mut count: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut date),
                Some(1) => map.optional(&mut count),
                _ => break,
            }?;
        }
        Ok(RepositoryStatsItem { date, count })
    }
}

impl Validate for RepositoryStatsItem {}

/// An active tag as embedded in getRepo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RepositoryTagSummary {
    /// Tag name.
    pub name: String,
    /// Total size of the manifest layers in bytes.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub size: Option<Option<i64>>,
    /// When the tag was last pushed or moved. RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub last_modified: Option<DateTime>,
    /// When the tag expires; absent if it does not. RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub expiration: Option<DateTime>,
    /// Digest of the manifest the tag points to.
    pub manifest_digest: Option<String>,
    /// Legacy V1 image ID (sent by some Quay 3.x releases only).
    ///
    /// `None`: absent; `Some(None)`: null.
    pub image_id: Option<Option<String>>,
}

impl serde::Serialize for RepositoryTagSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.size.is_some(),
            self.last_modified.is_some(),
            self.expiration.is_some(),
            self.manifest_digest.is_some(),
            self.image_id.is_some(),
        ];
        let mut out = write_fields(serializer, "RepositoryTagSummary", 1, &present);
        out.field("name", &self.name);
        out.optional("size", &self.size);
        out.optional("last_modified", &self.last_modified);
        out.optional("expiration", &self.expiration);
        out.optional("manifest_digest", &self.manifest_digest);
        out.optional("image_id", &self.image_id);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepositoryTagSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RepositoryTagSummary {
    const EXPECTING: &'static str = "struct RepositoryTagSummary";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "size",
        "last_modified",
        "expiration",
        "manifest_digest",
        "image_id",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut size: Option<Option<i64>> = None;
        let mut last_modified: Option<DateTime> = None;
        let mut expiration: Option<DateTime> = None;
        let mut manifest_digest: Option<String> = None;
        let mut image_id: Option<Option<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut size),
                Some(2) => map.optional(&mut last_modified),
                Some(3) => map.optional(&mut expiration),
                Some(4) => map.optional(&mut manifest_digest),
                Some(5) => map.value(&mut image_id),
                _ => break,
            }?;
        }
        Ok(RepositoryTagSummary {
            name: map.required(name, "name")?,
            size,
            last_modified,
            expiration,
            manifest_digest,
            image_id,
        })
    }
}

impl Validate for RepositoryTagSummary {}

/// Restores a tag to a specific image. `manifest_digest` is not marked required in the
/// schema, but Quay answers 400 "Missing manifest\_digest" without it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreTag {
    /// If specified, the manifest digest that should be used.
    pub manifest_digest: Option<String>,
}

impl serde::Serialize for RestoreTag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.manifest_digest.is_some()];
        let mut out = write_fields(serializer, "RestoreTag", 0, &present);
        out.optional("manifest_digest", &self.manifest_digest);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RestoreTag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RestoreTag {
    const EXPECTING: &'static str = "struct RestoreTag";
    const FIELDS: &'static [&'static str] = &["manifest_digest"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut manifest_digest: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.optional(&mut manifest_digest)?;
        }
        Ok(RestoreTag { manifest_digest })
    }
}

impl Validate for RestoreTag {}

/// A robot account.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Robot {
    /// Full robot name, e.g. namespace+shortname.
    pub name: String,
    /// When the robot was created. RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    ///
    /// Always present; may be null.
    pub created: Option<DateTime>,
    /// When the robot was last used (null unless FEATURE\_USER\_LAST\_ACCESSED). RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    ///
    /// Always present; may be null.
    pub last_accessed: Option<DateTime>,
    /// Text description of the robot.
    ///
    /// Always present; may be null.
    pub description: Option<String>,
    /// The robot token (password); not sent when the caller may not see it.
    pub token: Option<String>,
    /// Unstructured metadata of the robot.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub unstructured_metadata: Option<
        Option<serde_json::Map<String, serde_json::Value>>,
    >,
}

impl serde::Serialize for Robot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.token.is_some(), self.unstructured_metadata.is_some()];
        let mut out = write_fields(serializer, "Robot", 4, &present);
        out.field("name", &self.name);
        out.field("created", &self.created);
        out.field("last_accessed", &self.last_accessed);
        out.field("description", &self.description);
        out.optional("token", &self.token);
        out.optional("unstructured_metadata", &self.unstructured_metadata);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for Robot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for Robot {
    const EXPECTING: &'static str = "struct Robot";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "created",
        "last_accessed",
        "description",
        "token",
        "unstructured_metadata",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut created: Option<DateTime> = None;
        let mut last_accessed: Option<DateTime> = None;
        let mut description: Option<String> = None;
        let mut token: Option<String> = None;
        let mut unstructured_metadata: Option<
            Option<serde_json::Map<String, serde_json::Value>>,
        > = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.nullable(&mut created),
                Some(2) => map.nullable(&mut last_accessed),
                Some(3) => map.nullable(&mut description),
                Some(4) => map.optional(&mut token),
                Some(5) => map.value(&mut unstructured_metadata),
                _ => break,
            }?;
        }
        Ok(Robot {
            name: map.required(name, "name")?,
            created,
            last_accessed,
            description,
            token,
            unstructured_metadata,
        })
    }
}

impl Validate for Robot {}

/// Robot accounts of a namespace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RobotList {
    /// The robots.
    pub robots: Vec<RobotListItem>,
}

impl serde::Serialize for RobotList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RobotList", 1, &[]);
        out.field("robots", &self.robots);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RobotList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RobotList {
    const EXPECTING: &'static str = "struct RobotList";
    const FIELDS: &'static [&'static str] = &["robots"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut robots: Option<Vec<RobotListItem>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut robots)?;
        }
        Ok(RobotList {
            robots: map.required(robots, "robots")?,
        })
    }
}

impl Validate for RobotList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("robots", self.robots.validate());
        checks.done()
    }
}

/// A robot account as listed by getUserRobots/getOrgRobots.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RobotListItem {
    /// Full robot name, e.g. namespace+shortname.
    pub name: String,
    /// When the robot was created. RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    ///
    /// Always present; may be null.
    pub created: Option<DateTime>,
    /// When the robot was last used (null unless FEATURE\_USER\_LAST\_ACCESSED). RFC 2822 date, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    ///
    /// Always present; may be null.
    pub last_accessed: Option<DateTime>,
    /// Text description of the robot.
    ///
    /// Always present; may be null.
    pub description: Option<String>,
    /// The robot token; only with token=true and when the caller may see it.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub token: Option<Option<String>>,
    /// Teams the robot belongs to; only with permissions=true.
    pub teams: Option<Vec<RobotListItemTeamsItem>>,
    /// Names of the repositories the robot has permission on; only with permissions=true.
    pub repositories: Option<Vec<String>>,
}

impl serde::Serialize for RobotListItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.token.is_some(),
            self.teams.is_some(),
            self.repositories.is_some(),
        ];
        let mut out = write_fields(serializer, "RobotListItem", 4, &present);
        out.field("name", &self.name);
        out.field("created", &self.created);
        out.field("last_accessed", &self.last_accessed);
        out.field("description", &self.description);
        out.optional("token", &self.token);
        out.optional("teams", &self.teams);
        out.optional("repositories", &self.repositories);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RobotListItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RobotListItem {
    const EXPECTING: &'static str = "struct RobotListItem";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "created",
        "last_accessed",
        "description",
        "token",
        "teams",
        "repositories",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut created: Option<DateTime> = None;
        let mut last_accessed: Option<DateTime> = None;
        let mut description: Option<String> = None;
        let mut token: Option<Option<String>> = None;
        let mut teams: Option<Vec<RobotListItemTeamsItem>> = None;
        let mut repositories: Option<Vec<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.nullable(&mut created),
                Some(2) => map.nullable(&mut last_accessed),
                Some(3) => map.nullable(&mut description),
                Some(4) => map.value(&mut token),
                Some(5) => map.optional(&mut teams),
                Some(6) => map.optional(&mut repositories),
                _ => break,
            }?;
        }
        Ok(RobotListItem {
            name: map.required(name, "name")?,
            created,
            last_accessed,
            description,
            token,
            teams,
            repositories,
        })
    }
}

impl Validate for RobotListItem {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("teams", self.teams.validate());
        checks.done()
    }
}

/// A team.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RobotListItemTeamsItem {
    /// Team name.
    pub name: Option<String>,
    /// The `avatar` property.
    pub avatar: Option<Avatar>,
}

impl serde::Serialize for RobotListItemTeamsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.name.is_some(), self.avatar.is_some()];
        let mut out = write_fields(serializer, "RobotListItemTeamsItem", 0, &present);
        out.optional("name", &self.name);
        out.optional("avatar", &self.avatar);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RobotListItemTeamsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RobotListItemTeamsItem {
    const EXPECTING: &'static str = "struct RobotListItemTeamsItem";
    const FIELDS: &'static [&'static str] = &["name", "avatar"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut avatar),
                _ => break,
            }?;
        }
        Ok(RobotListItemTeamsItem {
            name,
            avatar,
        })
    }
}

impl Validate for RobotListItemTeamsItem {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// A repository permission held by a robot.
#[derive(Debug, Clone, PartialEq)]
pub struct RobotPermission {
    /// The repository.
    pub repository: RobotPermissionRepository,
    /// Role of the robot on the repository.
    pub role: RobotPermissionRole,
}

impl serde::Serialize for RobotPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RobotPermission", 2, &[]);
        out.field("repository", &self.repository);
        out.field("role", &self.role);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RobotPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RobotPermission {
    const EXPECTING: &'static str = "struct RobotPermission";
    const FIELDS: &'static [&'static str] = &["repository", "role"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut repository: Option<RobotPermissionRepository> = None;
        let mut role: Option<RobotPermissionRole> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut repository),
                Some(1) => map.value(&mut role),
                _ => break,
            }?;
        }
        Ok(RobotPermission {
            repository: map.required(repository, "repository")?,
            role: map.required(role, "role")?,
        })
    }
}

impl Validate for RobotPermission {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// The repository permissions of a robot.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RobotPermissionList {
    /// The permissions.
    pub permissions: Vec<RobotPermission>,
}

impl serde::Serialize for RobotPermissionList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "RobotPermissionList", 1, &[]);
        out.field("permissions", &self.permissions);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RobotPermissionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RobotPermissionList {
    const EXPECTING: &'static str = "struct RobotPermissionList";
    const FIELDS: &'static [&'static str] = &["permissions"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut permissions: Option<Vec<RobotPermission>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut permissions)?;
        }
        Ok(RobotPermissionList {
            permissions: map.required(permissions, "permissions")?,
        })
    }
}

impl Validate for RobotPermissionList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("permissions", self.permissions.validate());
        checks.done()
    }
}

/// The repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RobotPermissionRepository {
    /// Repository name (within the namespace).
    pub name: Option<String>,
    /// Whether the repository is public.
    pub is_public: Option<bool>,
}

impl serde::Serialize for RobotPermissionRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.name.is_some(), self.is_public.is_some()];
        let mut out = write_fields(serializer, "RobotPermissionRepository", 0, &present);
        out.optional("name", &self.name);
        out.optional("is_public", &self.is_public);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RobotPermissionRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RobotPermissionRepository {
    const EXPECTING: &'static str = "struct RobotPermissionRepository";
    const FIELDS: &'static [&'static str] = &["name", "is_public"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut is_public: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut is_public),
                _ => break,
            }?;
        }
        Ok(RobotPermissionRepository {
            name,
            is_public,
        })
    }
}

impl Validate for RobotPermissionRepository {}

/// Role of the robot on the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RobotPermissionRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl RobotPermissionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RobotPermissionRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for RobotPermissionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RobotPermissionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RobotPermissionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RobotPermissionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for RobotPermissionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Optional run parameters for activating the build trigger.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunParameters {
    /// (SCM only) If specified, the name of the branch to build.
    pub branch_name: Option<String>,
    /// (Custom only) If specified, the ref/SHA1 used to checkout a git repository.
    pub commit_sha: Option<String>,
    /// (SCM only) If specified, the ref to build.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub refs: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

impl serde::Serialize for RunParameters {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.branch_name.is_some(),
            self.commit_sha.is_some(),
            self.refs.is_some(),
        ];
        let mut out = write_fields(serializer, "RunParameters", 0, &present);
        out.optional("branch_name", &self.branch_name);
        out.optional("commit_sha", &self.commit_sha);
        out.optional("refs", &self.refs);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for RunParameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for RunParameters {
    const EXPECTING: &'static str = "struct RunParameters";
    const FIELDS: &'static [&'static str] = &["branch_name", "commit_sha", "refs"];
    const CLOSED: bool = true;

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut branch_name: Option<String> = None;
        let mut commit_sha: Option<String> = None;
        let mut refs: Option<Option<serde_json::Map<String, serde_json::Value>>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut branch_name),
                Some(1) => map.optional(&mut commit_sha),
                Some(2) => map.value(&mut refs),
                _ => break,
            }?;
        }
        Ok(RunParameters {
            branch_name,
            commit_sha,
            refs,
        })
    }
}

impl Validate for RunParameters {}

/// One search result: a team, robot, user, organization or repository. Which properties appear depends on kind.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    /// Kind of result.
    pub kind: SearchResultKind,
    /// Display kind (user, org, robot, repo, app).
    pub title: Option<String>,
    /// Name of the entity or repository.
    pub name: String,
    /// Short name (robots).
    pub short_name: Option<String>,
    /// Relevance score.
    pub score: f64,
    /// Path in the Quay UI.
    pub href: Option<String>,
    /// Avatar data of the entity; null for robot accounts.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub avatar: Option<Option<Avatar>>,
    /// Organization of a team.
    pub organization: Option<SearchResultOrganization>,
    /// Namespace of a repository.
    pub namespace: Option<SearchResultNamespace>,
    /// Description of a repository.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub description: Option<Option<String>>,
    /// Whether a repository is public.
    pub is_public: Option<bool>,
}

impl serde::Serialize for SearchResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.title.is_some(),
            self.short_name.is_some(),
            self.href.is_some(),
            self.avatar.is_some(),
            self.organization.is_some(),
            self.namespace.is_some(),
            self.description.is_some(),
            self.is_public.is_some(),
        ];
        let mut out = write_fields(serializer, "SearchResult", 3, &present);
        out.field("kind", &self.kind);
        out.optional("title", &self.title);
        out.field("name", &self.name);
        out.optional("short_name", &self.short_name);
        out.field("score", &self.score);
        out.optional("href", &self.href);
        out.optional("avatar", &self.avatar);
        out.optional("organization", &self.organization);
        out.optional("namespace", &self.namespace);
        out.optional("description", &self.description);
        out.optional("is_public", &self.is_public);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SearchResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SearchResult {
    const EXPECTING: &'static str = "struct SearchResult";
    const FIELDS: &'static [&'static str] = &[
        "kind",
        "title",
        "name",
        "short_name",
        "score",
        "href",
        "avatar",
        "organization",
        "namespace",
        "description",
        "is_public",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<SearchResultKind> = None;
        let mut title: Option<String> = None;
        let mut name: Option<String> = None;
        let mut short_name: Option<String> = None;
        let mut score: Option<f64> = None;
        let mut href: Option<String> = None;
        let mut avatar: Option<Option<Avatar>> = None;
        let mut organization: Option<SearchResultOrganization> = None;
        let mut namespace: Option<SearchResultNamespace> = None;
        let mut description: Option<Option<String>> = None;
        let mut is_public: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut kind),
                Some(1) => map.optional(&mut title),
                Some(2) => map.value(&mut name),
                Some(3) => map.optional(&mut short_name),
                Some(4) => map.value(&mut score),
                Some(5) => map.optional(&mut href),
                Some(6) => map.value(&mut avatar),
                Some(7) => map.optional(&mut organization),
                Some(8) => map.optional(&mut namespace),
                Some(9) => map.value(&mut description),
                Some(10) => map.optional(&mut is_public),
                _ => break,
            }?;
        }
        Ok(SearchResult {
            kind: map.required(kind, "kind")?,
            title,
            name: map.required(name, "name")?,
            short_name,
            score: map.required(score, "score")?,
            href,
            avatar,
            organization,
            namespace,
            description,
            is_public,
        })
    }
}

impl Validate for SearchResult {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.at("organization", self.organization.validate());
        checks.at("namespace", self.namespace.validate());
        checks.done()
    }
}

/// Kind of result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultKind {
    /// `team`
    Team,
    /// `robot`
    Robot,
    /// `user`
    User,
    /// `organization`
    Organization,
    /// `repository`
    Repository,
    /// `application`
    Application,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl SearchResultKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &[
        "team",
        "robot",
        "user",
        "organization",
        "repository",
        "application",
    ];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Team => "team",
            Self::Robot => "robot",
            Self::User => "user",
            Self::Organization => "organization",
            Self::Repository => "repository",
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SearchResultKind {
    fn from(value: &str) -> Self {
        match value {
            "team" => Self::Team,
            "robot" => Self::Robot,
            "user" => Self::User,
            "organization" => Self::Organization,
            "repository" => Self::Repository,
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for SearchResultKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SearchResultKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SearchResultKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for SearchResultKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Namespace of a repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResultNamespace {
    /// Display kind.
    pub title: Option<SearchResultNamespaceTitle>,
    /// Kind of entity.
    pub kind: Option<SearchResultNamespaceKind>,
    /// Avatar data of the entity; null for robot accounts.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub avatar: Option<Option<Avatar>>,
    /// Username or organization name.
    pub name: Option<String>,
    /// Relevance score.
    pub score: Option<f64>,
    /// Path of the entity in the Quay UI.
    pub href: Option<String>,
    /// Short name of a robot.
    pub short_name: Option<String>,
}

impl serde::Serialize for SearchResultNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.title.is_some(),
            self.kind.is_some(),
            self.avatar.is_some(),
            self.name.is_some(),
            self.score.is_some(),
            self.href.is_some(),
            self.short_name.is_some(),
        ];
        let mut out = write_fields(serializer, "SearchResultNamespace", 0, &present);
        out.optional("title", &self.title);
        out.optional("kind", &self.kind);
        out.optional("avatar", &self.avatar);
        out.optional("name", &self.name);
        out.optional("score", &self.score);
        out.optional("href", &self.href);
        out.optional("short_name", &self.short_name);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SearchResultNamespace {
    const EXPECTING: &'static str = "struct SearchResultNamespace";
    const FIELDS: &'static [&'static str] = &[
        "title",
        "kind",
        "avatar",
        "name",
        "score",
        "href",
        "short_name",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut title: Option<SearchResultNamespaceTitle> = None;
        let mut kind: Option<SearchResultNamespaceKind> = None;
        let mut avatar: Option<Option<Avatar>> = None;
        let mut name: Option<String> = None;
        let mut score: Option<f64> = None;
        let mut href: Option<String> = None;
        let mut short_name: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut title),
                Some(1) => map.optional(&mut kind),
                Some(2) => map.value(&mut avatar),
                Some(3) => map.optional(&mut name),
                Some(4) => map.optional(&mut score),
                Some(5) => map.optional(&mut href),
                Some(6) => map.optional(&mut short_name),
                _ => break,
            }?;
        }
        Ok(SearchResultNamespace {
            title,
            kind,
            avatar,
            name,
            score,
            href,
            short_name,
        })
    }
}

impl Validate for SearchResultNamespace {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("title", self.title.validate());
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Kind of entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultNamespaceKind {
    /// `user`
    User,
    /// `organization`
    Organization,
    /// `robot`
    Robot,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl SearchResultNamespaceKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "organization", "robot"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Organization => "organization",
            Self::Robot => "robot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SearchResultNamespaceKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "organization" => Self::Organization,
            "robot" => Self::Robot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for SearchResultNamespaceKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SearchResultNamespaceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SearchResultNamespaceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultNamespaceKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for SearchResultNamespaceKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Display kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultNamespaceTitle {
    /// `user`
    User,
    /// `org`
    Org,
    /// `robot`
    Robot,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl SearchResultNamespaceTitle {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "org", "robot"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Org => "org",
            Self::Robot => "robot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SearchResultNamespaceTitle {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "org" => Self::Org,
            "robot" => Self::Robot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for SearchResultNamespaceTitle {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SearchResultNamespaceTitle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SearchResultNamespaceTitle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultNamespaceTitle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for SearchResultNamespaceTitle {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Organization of a team.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResultOrganization {
    /// Display kind.
    pub title: Option<SearchResultOrganizationTitle>,
    /// Kind of entity.
    pub kind: Option<SearchResultOrganizationKind>,
    /// Avatar data of the entity; null for robot accounts.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub avatar: Option<Option<Avatar>>,
    /// Username or organization name.
    pub name: Option<String>,
    /// Relevance score.
    pub score: Option<f64>,
    /// Path of the entity in the Quay UI.
    pub href: Option<String>,
    /// Short name of a robot.
    pub short_name: Option<String>,
}

impl serde::Serialize for SearchResultOrganization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.title.is_some(),
            self.kind.is_some(),
            self.avatar.is_some(),
            self.name.is_some(),
            self.score.is_some(),
            self.href.is_some(),
            self.short_name.is_some(),
        ];
        let mut out = write_fields(serializer, "SearchResultOrganization", 0, &present);
        out.optional("title", &self.title);
        out.optional("kind", &self.kind);
        out.optional("avatar", &self.avatar);
        out.optional("name", &self.name);
        out.optional("score", &self.score);
        out.optional("href", &self.href);
        out.optional("short_name", &self.short_name);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultOrganization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SearchResultOrganization {
    const EXPECTING: &'static str = "struct SearchResultOrganization";
    const FIELDS: &'static [&'static str] = &[
        "title",
        "kind",
        "avatar",
        "name",
        "score",
        "href",
        "short_name",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut title: Option<SearchResultOrganizationTitle> = None;
        let mut kind: Option<SearchResultOrganizationKind> = None;
        let mut avatar: Option<Option<Avatar>> = None;
        let mut name: Option<String> = None;
        let mut score: Option<f64> = None;
        let mut href: Option<String> = None;
        let mut short_name: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut title),
                Some(1) => map.optional(&mut kind),
                Some(2) => map.value(&mut avatar),
                Some(3) => map.optional(&mut name),
                Some(4) => map.optional(&mut score),
                Some(5) => map.optional(&mut href),
                Some(6) => map.optional(&mut short_name),
                _ => break,
            }?;
        }
        Ok(SearchResultOrganization {
            title,
            kind,
            avatar,
            name,
            score,
            href,
            short_name,
        })
    }
}

impl Validate for SearchResultOrganization {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("title", self.title.validate());
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Kind of entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultOrganizationKind {
    /// `user`
    User,
    /// `organization`
    Organization,
    /// `robot`
    Robot,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl SearchResultOrganizationKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "organization", "robot"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Organization => "organization",
            Self::Robot => "robot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SearchResultOrganizationKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "organization" => Self::Organization,
            "robot" => Self::Robot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for SearchResultOrganizationKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SearchResultOrganizationKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SearchResultOrganizationKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultOrganizationKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for SearchResultOrganizationKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Display kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultOrganizationTitle {
    /// `user`
    User,
    /// `org`
    Org,
    /// `robot`
    Robot,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl SearchResultOrganizationTitle {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "org", "robot"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Org => "org",
            Self::Robot => "robot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SearchResultOrganizationTitle {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "org" => Self::Org,
            "robot" => Self::Robot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for SearchResultOrganizationTitle {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SearchResultOrganizationTitle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SearchResultOrganizationTitle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultOrganizationTitle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for SearchResultOrganizationTitle {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Search results sorted by score.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResults {
    /// The results.
    pub results: Vec<SearchResult>,
}

impl serde::Serialize for SearchResults {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "SearchResults", 1, &[]);
        out.field("results", &self.results);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SearchResults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SearchResults {
    const EXPECTING: &'static str = "struct SearchResults";
    const FIELDS: &'static [&'static str] = &["results"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut results: Option<Vec<SearchResult>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut results)?;
        }
        Ok(SearchResults {
            results: map.required(results, "results")?,
        })
    }
}

impl Validate for SearchResults {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("results", self.results.validate());
        checks.done()
    }
}

/// Security scan status and data of a manifest.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityScanResult {
    /// Scan status.
    pub status: SecurityScanResultStatus,
    /// The scanner report (Layer with Features and, with vulnerabilities=true, their Vulnerabilities); null unless scanned.
    ///
    /// Always present; may be null.
    pub data: Option<serde_json::Map<String, serde_json::Value>>,
}

impl serde::Serialize for SecurityScanResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "SecurityScanResult", 2, &[]);
        out.field("status", &self.status);
        out.field("data", &self.data);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityScanResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SecurityScanResult {
    const EXPECTING: &'static str = "struct SecurityScanResult";
    const FIELDS: &'static [&'static str] = &["status", "data"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut status: Option<SecurityScanResultStatus> = None;
        let mut data: Option<serde_json::Map<String, serde_json::Value>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut status),
                Some(1) => map.nullable(&mut data),
                _ => break,
            }?;
        }
        Ok(SecurityScanResult {
            status: map.required(status, "status")?,
            data,
        })
    }
}

impl Validate for SecurityScanResult {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("status", self.status.validate());
        checks.done()
    }
}

/// Scan status.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SecurityScanResultStatus {
    /// `scanned`
    Scanned,
    /// `failed`
    Failed,
    /// `queued`
    Queued,
    /// `unsupported`
    Unsupported,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl SecurityScanResultStatus {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &[
        "scanned",
        "failed",
        "queued",
        "unsupported",
    ];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scanned => "scanned",
            Self::Failed => "failed",
            Self::Queued => "queued",
            Self::Unsupported => "unsupported",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SecurityScanResultStatus {
    fn from(value: &str) -> Self {
        match value {
            "scanned" => Self::Scanned,
            "failed" => Self::Failed,
            "queued" => Self::Queued,
            "unsupported" => Self::Unsupported,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for SecurityScanResultStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SecurityScanResultStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SecurityScanResultStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SecurityScanResultStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for SecurityScanResultStatus {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A service key (a signing key a service uses to authenticate with Quay).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceKey {
    /// The friendly name of the key.
    ///
    /// Always present; may be null.
    pub name: Option<String>,
    /// The unique identifier of the key.
    pub kid: String,
    /// The service authenticating with this key.
    pub service: String,
    /// The public key as a JSON Web Key.
    pub jwk: serde_json::Map<String, serde_json::Value>,
    /// The key/value pairs of the key's metadata (Quay adds created\_by, creator and ip).
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// When the key was created, as an RFC 2822 date such as "Mon, 13 Dec 2021 11:41:16 GMT".
    pub created_date: DateTime,
    /// When the key expires, as an RFC 2822 date such as "Mon, 13 Dec 2021 11:41:16 GMT"; null if it never expires.
    ///
    /// Always present; may be null.
    pub expiration_date: Option<DateTime>,
    /// The rotation period of the key in seconds, if any.
    ///
    /// Always present; may be null.
    pub rotation_duration: Option<i64>,
    /// The approval of the key; null while it is not approved.
    ///
    /// Always present; may be null.
    pub approval: Option<ServiceKeyApproval>,
}

impl serde::Serialize for ServiceKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ServiceKey", 9, &[]);
        out.field("name", &self.name);
        out.field("kid", &self.kid);
        out.field("service", &self.service);
        out.field("jwk", &self.jwk);
        out.field("metadata", &self.metadata);
        out.field("created_date", &self.created_date);
        out.field("expiration_date", &self.expiration_date);
        out.field("rotation_duration", &self.rotation_duration);
        out.field("approval", &self.approval);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ServiceKey {
    const EXPECTING: &'static str = "struct ServiceKey";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "kid",
        "service",
        "jwk",
        "metadata",
        "created_date",
        "expiration_date",
        "rotation_duration",
        "approval",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut kid: Option<String> = None;
        let mut service: Option<String> = None;
        let mut jwk: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut created_date: Option<DateTime> = None;
        let mut expiration_date: Option<DateTime> = None;
        let mut rotation_duration: Option<i64> = None;
        let mut approval: Option<ServiceKeyApproval> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.nullable(&mut name),
                Some(1) => map.value(&mut kid),
                Some(2) => map.value(&mut service),
                Some(3) => map.value(&mut jwk),
                Some(4) => map.value(&mut metadata),
                Some(5) => map.value(&mut created_date),
                Some(6) => map.nullable(&mut expiration_date),
                Some(7) => map.nullable(&mut rotation_duration),
                Some(8) => map.nullable(&mut approval),
                _ => break,
            }?;
        }
        Ok(ServiceKey {
            name,
            kid: map.required(kid, "kid")?,
            service: map.required(service, "service")?,
            jwk: map.required(jwk, "jwk")?,
            metadata: map.required(metadata, "metadata")?,
            created_date: map.required(created_date, "created_date")?,
            expiration_date,
            rotation_duration,
            approval,
        })
    }
}

impl Validate for ServiceKey {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("approval", self.approval.validate());
        checks.done()
    }
}

/// The approval of a service key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceKeyApproval {
    /// The user who approved the key (null for automatic approvals).
    ///
    /// `None`: absent; `Some(None)`: null.
    pub approver: Option<Option<SuperUserUser>>,
    /// How the key was approved, e.g. "Super User API", "Key Rotation" or "Automatic".
    pub approval_type: Option<String>,
    /// When the key was approved, as an RFC 2822 date such as "Mon, 13 Dec 2021 11:41:16 GMT".
    ///
    /// `None`: absent; `Some(None)`: null.
    pub approved_date: Option<Option<DateTime>>,
    /// The approval notes.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub notes: Option<Option<String>>,
}

impl serde::Serialize for ServiceKeyApproval {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.approver.is_some(),
            self.approval_type.is_some(),
            self.approved_date.is_some(),
            self.notes.is_some(),
        ];
        let mut out = write_fields(serializer, "ServiceKeyApproval", 0, &present);
        out.optional("approver", &self.approver);
        out.optional("approval_type", &self.approval_type);
        out.optional("approved_date", &self.approved_date);
        out.optional("notes", &self.notes);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceKeyApproval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ServiceKeyApproval {
    const EXPECTING: &'static str = "struct ServiceKeyApproval";
    const FIELDS: &'static [&'static str] = &[
        "approver",
        "approval_type",
        "approved_date",
        "notes",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut approver: Option<Option<SuperUserUser>> = None;
        let mut approval_type: Option<String> = None;
        let mut approved_date: Option<Option<DateTime>> = None;
        let mut notes: Option<Option<String>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut approver),
                Some(1) => map.optional(&mut approval_type),
                Some(2) => map.value(&mut approved_date),
                Some(3) => map.value(&mut notes),
                _ => break,
            }?;
        }
        Ok(ServiceKeyApproval {
            approver,
            approval_type,
            approved_date,
            notes,
        })
    }
}

impl Validate for ServiceKeyApproval {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("approver", self.approver.validate());
        checks.done()
    }
}

/// The service keys of the installation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceKeyList {
    /// The service keys.
    pub keys: Vec<ServiceKey>,
}

impl serde::Serialize for ServiceKeyList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "ServiceKeyList", 1, &[]);
        out.field("keys", &self.keys);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceKeyList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ServiceKeyList {
    const EXPECTING: &'static str = "struct ServiceKeyList";
    const FIELDS: &'static [&'static str] = &["keys"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut keys: Option<Vec<ServiceKey>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut keys)?;
        }
        Ok(ServiceKeyList {
            keys: map.required(keys, "keys")?,
        })
    }
}

impl Validate for ServiceKeyList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("keys", self.keys.validate());
        checks.done()
    }
}

/// A repository starred by the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StarredRepository {
    /// Namespace of the repository.
    pub namespace: String,
    /// Name of the repository.
    pub name: String,
    /// Markdown description of the repository.
    ///
    /// Always present; may be null.
    pub description: Option<String>,
    /// Whether the repository is public.
    pub is_public: bool,
}

impl serde::Serialize for StarredRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "StarredRepository", 4, &[]);
        out.field("namespace", &self.namespace);
        out.field("name", &self.name);
        out.field("description", &self.description);
        out.field("is_public", &self.is_public);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for StarredRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for StarredRepository {
    const EXPECTING: &'static str = "struct StarredRepository";
    const FIELDS: &'static [&'static str] = &[
        "namespace",
        "name",
        "description",
        "is_public",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut namespace: Option<String> = None;
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut is_public: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut namespace),
                Some(1) => map.value(&mut name),
                Some(2) => map.nullable(&mut description),
                Some(3) => map.value(&mut is_public),
                _ => break,
            }?;
        }
        Ok(StarredRepository {
            namespace: map.required(namespace, "namespace")?,
            name: map.required(name, "name")?,
            description,
            is_public: map.required(is_public, "is_public")?,
        })
    }
}

impl Validate for StarredRepository {}

/// One page of the user's starred repositories.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StarredRepositoryList {
    /// The starred repositories of this page.
    pub repositories: Vec<StarredRepository>,
    /// Opaque token for the next page; absent on the last page.
    pub next_page: Option<String>,
}

impl serde::Serialize for StarredRepositoryList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.next_page.is_some()];
        let mut out = write_fields(serializer, "StarredRepositoryList", 1, &present);
        out.field("repositories", &self.repositories);
        out.optional("next_page", &self.next_page);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for StarredRepositoryList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for StarredRepositoryList {
    const EXPECTING: &'static str = "struct StarredRepositoryList";
    const FIELDS: &'static [&'static str] = &["repositories", "next_page"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut repositories: Option<Vec<StarredRepository>> = None;
        let mut next_page: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut repositories),
                Some(1) => map.optional(&mut next_page),
                _ => break,
            }?;
        }
        Ok(StarredRepositoryList {
            repositories: map.required(repositories, "repositories")?,
            next_page,
        })
    }
}

impl Validate for StarredRepositoryList {}

/// The repository that was starred.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StarredRepositoryRef {
    /// Namespace of the repository.
    pub namespace: String,
    /// Name of the repository.
    pub repository: String,
}

impl serde::Serialize for StarredRepositoryRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "StarredRepositoryRef", 2, &[]);
        out.field("namespace", &self.namespace);
        out.field("repository", &self.repository);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for StarredRepositoryRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for StarredRepositoryRef {
    const EXPECTING: &'static str = "struct StarredRepositoryRef";
    const FIELDS: &'static [&'static str] = &["namespace", "repository"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut namespace: Option<String> = None;
        let mut repository: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut namespace),
                Some(1) => map.value(&mut repository),
                _ => break,
            }?;
        }
        Ok(StarredRepositoryRef {
            namespace: map.required(namespace, "namespace")?,
            repository: map.required(repository, "repository")?,
        })
    }
}

impl Validate for StarredRepositoryRef {}

/// The users of the installation, or one page of them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SuperUserList {
    /// The users.
    pub users: Vec<SuperUserUser>,
    /// Token for the next page; present only when `limit` was given and more users remain.
    pub next_page: Option<String>,
}

impl serde::Serialize for SuperUserList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.next_page.is_some()];
        let mut out = write_fields(serializer, "SuperUserList", 1, &present);
        out.field("users", &self.users);
        out.optional("next_page", &self.next_page);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SuperUserList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SuperUserList {
    const EXPECTING: &'static str = "struct SuperUserList";
    const FIELDS: &'static [&'static str] = &["users", "next_page"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut users: Option<Vec<SuperUserUser>> = None;
        let mut next_page: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut users),
                Some(1) => map.optional(&mut next_page),
                _ => break,
            }?;
        }
        Ok(SuperUserList {
            users: map.required(users, "users")?,
            next_page,
        })
    }
}

impl Validate for SuperUserList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("users", self.users.validate());
        checks.done()
    }
}

/// An organization as the superuser API shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SuperUserOrganization {
    /// The name of the organization.
    pub name: String,
    /// The e-mail address of the organization.
    ///
    /// Always present; may be null.
    pub email: Option<String>,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// The quotas of the organization (only with quota management enabled and when Quay loaded them).
    pub quotas: Option<Vec<QuotaView>>,
    /// The `quota_report` property.
    pub quota_report: Option<QuotaReport>,
}

impl serde::Serialize for SuperUserOrganization {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.quotas.is_some(), self.quota_report.is_some()];
        let mut out = write_fields(serializer, "SuperUserOrganization", 3, &present);
        out.field("name", &self.name);
        out.field("email", &self.email);
        out.field("avatar", &self.avatar);
        out.optional("quotas", &self.quotas);
        out.optional("quota_report", &self.quota_report);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SuperUserOrganization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SuperUserOrganization {
    const EXPECTING: &'static str = "struct SuperUserOrganization";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "email",
        "avatar",
        "quotas",
        "quota_report",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        let mut quotas: Option<Vec<QuotaView>> = None;
        let mut quota_report: Option<QuotaReport> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.nullable(&mut email),
                Some(2) => map.value(&mut avatar),
                Some(3) => map.optional(&mut quotas),
                Some(4) => map.optional(&mut quota_report),
                _ => break,
            }?;
        }
        Ok(SuperUserOrganization {
            name: map.required(name, "name")?,
            email,
            avatar: map.required(avatar, "avatar")?,
            quotas,
            quota_report,
        })
    }
}

impl Validate for SuperUserOrganization {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("avatar", self.avatar.validate());
        checks.at("quotas", self.quotas.validate());
        checks.at("quota_report", self.quota_report.validate());
        checks.done()
    }
}

/// Description of updates for an organization (Quay's schema UpdateOrg of
/// endpoints/api/superuser.py; renamed here because the organization tag has a
/// different UpdateOrg).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SuperUserUpdateOrg {
    /// The new name for the organization.
    pub name: Option<String>,
}

impl serde::Serialize for SuperUserUpdateOrg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.name.is_some()];
        let mut out = write_fields(serializer, "SuperUserUpdateOrg", 0, &present);
        out.optional("name", &self.name);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SuperUserUpdateOrg {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SuperUserUpdateOrg {
    const EXPECTING: &'static str = "struct SuperUserUpdateOrg";
    const FIELDS: &'static [&'static str] = &["name"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        while let Some(0) = map.next_field()? {
            map.optional(&mut name)?;
        }
        Ok(SuperUserUpdateOrg { name })
    }
}

impl Validate for SuperUserUpdateOrg {}

/// A user as the superuser API shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SuperUserUser {
    /// Always "user".
    pub kind: SuperUserUserKind,
    /// The username.
    pub name: String,
    /// The username.
    pub username: String,
    /// The e-mail address of the user.
    ///
    /// Always present; may be null.
    pub email: Option<String>,
    /// Whether the user's e-mail address is verified.
    pub verified: bool,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Whether the user is a superuser of the installation.
    pub super_user: bool,
    /// Whether the user is enabled (a disabled user cannot log in).
    pub enabled: bool,
    /// The quotas of the user's namespace (only with quota management enabled and when Quay loaded them).
    pub quotas: Option<Vec<QuotaView>>,
    /// The `quota_report` property.
    pub quota_report: Option<QuotaReport>,
}

impl serde::Serialize for SuperUserUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.quotas.is_some(), self.quota_report.is_some()];
        let mut out = write_fields(serializer, "SuperUserUser", 8, &present);
        out.field("kind", &self.kind);
        out.field("name", &self.name);
        out.field("username", &self.username);
        out.field("email", &self.email);
        out.field("verified", &self.verified);
        out.field("avatar", &self.avatar);
        out.field("super_user", &self.super_user);
        out.field("enabled", &self.enabled);
        out.optional("quotas", &self.quotas);
        out.optional("quota_report", &self.quota_report);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for SuperUserUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for SuperUserUser {
    const EXPECTING: &'static str = "struct SuperUserUser";
    const FIELDS: &'static [&'static str] = &[
        "kind",
        "name",
        "username",
        "email",
        "verified",
        "avatar",
        "super_user",
        "enabled",
        "quotas",
        "quota_report",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut kind: Option<SuperUserUserKind> = None;
        let mut name: Option<String> = None;
        let mut username: Option<String> = None;
        let mut email: Option<String> = None;
        let mut verified: Option<bool> = None;
        let mut avatar: Option<Avatar> = None;
        let mut super_user: Option<bool> = None;
        let mut enabled: Option<bool> = None;
        let mut quotas: Option<Vec<QuotaView>> = None;
        let mut quota_report: Option<QuotaReport> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut kind),
                Some(1) => map.value(&mut name),
                Some(2) => map.value(&mut username),
                Some(3) => map.nullable(&mut email),
                Some(4) => map.value(&mut verified),
                Some(5) => map.value(&mut avatar),
                Some(6) => map.value(&mut super_user),
                Some(7) => map.value(&mut enabled),
                Some(8) => map.optional(&mut quotas),
                Some(9) => map.optional(&mut quota_report),
                _ => break,
            }?;
        }
        Ok(SuperUserUser {
            kind: map.required(kind, "kind")?,
            name: map.required(name, "name")?,
            username: map.required(username, "username")?,
            email,
            verified: map.required(verified, "verified")?,
            avatar: map.required(avatar, "avatar")?,
            super_user: map.required(super_user, "super_user")?,
            enabled: map.required(enabled, "enabled")?,
            quotas,
            quota_report,
        })
    }
}

impl Validate for SuperUserUser {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.at("quotas", self.quotas.validate());
        checks.at("quota_report", self.quota_report.validate());
        checks.done()
    }
}

/// Always "user".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SuperUserUserKind {
    /// `user`
    User,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl SuperUserUserKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SuperUserUserKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for SuperUserUserKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SuperUserUserKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SuperUserUserKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SuperUserUserKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for SuperUserUserKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// One entry of a repository's tag history.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    /// The name of the tag.
    pub name: String,
    /// Whether this entry was created by restoring (reverting) the tag.
    pub reversion: bool,
    /// Unix seconds when this tag entry became alive (absent if unknown).
    pub start_ts: Option<i64>,
    /// Unix seconds when this tag entry ends or ended (absent while it has no end).
    pub end_ts: Option<i64>,
    /// The digest of the manifest the tag points to.
    pub manifest_digest: String,
    /// Whether the manifest is a manifest list (multi-architecture index).
    pub is_manifest_list: bool,
    /// Total size in bytes of the manifest's layers (null when unknown, e.g. for manifest lists).
    ///
    /// Always present; may be null.
    pub size: Option<i64>,
    /// When the tag entry started, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub last_modified: Option<DateTime>,
    /// When the tag entry expires or expired, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000".
    pub expiration: Option<DateTime>,
}

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.start_ts.is_some(),
            self.end_ts.is_some(),
            self.last_modified.is_some(),
            self.expiration.is_some(),
        ];
        let mut out = write_fields(serializer, "Tag", 5, &present);
        out.field("name", &self.name);
        out.field("reversion", &self.reversion);
        out.optional("start_ts", &self.start_ts);
        out.optional("end_ts", &self.end_ts);
        out.field("manifest_digest", &self.manifest_digest);
        out.field("is_manifest_list", &self.is_manifest_list);
        out.field("size", &self.size);
        out.optional("last_modified", &self.last_modified);
        out.optional("expiration", &self.expiration);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for Tag {
    const EXPECTING: &'static str = "struct Tag";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "reversion",
        "start_ts",
        "end_ts",
        "manifest_digest",
        "is_manifest_list",
        "size",
        "last_modified",
        "expiration",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut reversion: Option<bool> = None;
        let mut start_ts: Option<i64> = None;
        let mut end_ts: Option<i64> = None;
        let mut manifest_digest: Option<String> = None;
        let mut is_manifest_list: Option<bool> = None;
        let mut size: Option<i64> = None;
        let mut last_modified: Option<DateTime> = None;
        let mut expiration: Option<DateTime> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut reversion),
                Some(2) => map.optional(&mut start_ts),
                Some(3) => map.optional(&mut end_ts),
                Some(4) => map.value(&mut manifest_digest),
                Some(5) => map.value(&mut is_manifest_list),
                Some(6) => map.nullable(&mut size),
                Some(7) => map.optional(&mut last_modified),
                Some(8) => map.optional(&mut expiration),
                _ => break,
            }?;
        }
        Ok(Tag {
            name: map.required(name, "name")?,
            reversion: map.required(reversion, "reversion")?,
            start_ts,
            end_ts,
            manifest_digest: map.required(manifest_digest, "manifest_digest")?,
            is_manifest_list: map.required(is_manifest_list, "is_manifest_list")?,
            size,
            last_modified,
            expiration,
        })
    }
}

impl Validate for Tag {}

/// One page of a repository's tag history.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagList {
    /// The tag entries of this page.
    pub tags: Vec<Tag>,
    /// The page index of this page.
    pub page: i64,
    /// Whether another page follows.
    pub has_additional: bool,
}

impl serde::Serialize for TagList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "TagList", 3, &[]);
        out.field("tags", &self.tags);
        out.field("page", &self.page);
        out.field("has_additional", &self.has_additional);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TagList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TagList {
    const EXPECTING: &'static str = "struct TagList";
    const FIELDS: &'static [&'static str] = &["tags", "page", "has_additional"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut tags: Option<Vec<Tag>> = None;
        let mut page: Option<i64> = None;
        let mut has_additional: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut tags),
                Some(1) => map.value(&mut page),
                Some(2) => map.value(&mut has_additional),
                _ => break,
            }?;
        }
        Ok(TagList {
            tags: map.required(tags, "tags")?,
            page: map.required(page, "page")?,
            has_additional: map.required(has_additional, "has_additional")?,
        })
    }
}

impl Validate for TagList {}

/// A team of an organization.
#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    /// The name of the team.
    pub name: String,
    /// Markdown description of the team.
    ///
    /// Always present; may be null.
    pub description: Option<String>,
    /// Whether the caller can view the team.
    pub can_view: bool,
    /// The organization-wide role of the team.
    pub role: TeamRole,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Whether this call created the team.
    pub new_team: bool,
}

impl serde::Serialize for Team {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "Team", 6, &[]);
        out.field("name", &self.name);
        out.field("description", &self.description);
        out.field("can_view", &self.can_view);
        out.field("role", &self.role);
        out.field("avatar", &self.avatar);
        out.field("new_team", &self.new_team);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for Team {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for Team {
    const EXPECTING: &'static str = "struct Team";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "description",
        "can_view",
        "role",
        "avatar",
        "new_team",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut description: Option<String> = None;
        let mut can_view: Option<bool> = None;
        let mut role: Option<TeamRole> = None;
        let mut avatar: Option<Avatar> = None;
        let mut new_team: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.nullable(&mut description),
                Some(2) => map.value(&mut can_view),
                Some(3) => map.value(&mut role),
                Some(4) => map.value(&mut avatar),
                Some(5) => map.value(&mut new_team),
                _ => break,
            }?;
        }
        Ok(Team {
            name: map.required(name, "name")?,
            description,
            can_view: map.required(can_view, "can_view")?,
            role: map.required(role, "role")?,
            avatar: map.required(avatar, "avatar")?,
            new_team: map.required(new_team, "new_team")?,
        })
    }
}

impl Validate for Team {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// Description of a team.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamDescription {
    /// Org wide permissions that should apply to the team.
    pub role: TeamDescriptionRole,
    /// Markdown description for the team.
    pub description: Option<String>,
}

impl serde::Serialize for TeamDescription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.description.is_some()];
        let mut out = write_fields(serializer, "TeamDescription", 1, &present);
        out.field("role", &self.role);
        out.optional("description", &self.description);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamDescription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamDescription {
    const EXPECTING: &'static str = "struct TeamDescription";
    const FIELDS: &'static [&'static str] = &["role", "description"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<TeamDescriptionRole> = None;
        let mut description: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut role),
                Some(1) => map.optional(&mut description),
                _ => break,
            }?;
        }
        Ok(TeamDescription {
            role: map.required(role, "role")?,
            description,
        })
    }
}

impl Validate for TeamDescription {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// Org wide permissions that should apply to the team.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TeamDescriptionRole {
    /// `member`
    Member,
    /// `creator`
    Creator,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl TeamDescriptionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["member", "creator", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Creator => "creator",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TeamDescriptionRole {
    fn from(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "creator" => Self::Creator,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for TeamDescriptionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TeamDescriptionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TeamDescriptionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TeamDescriptionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for TeamDescriptionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A member of a team: a user or robot (`kind` user), or an email invitation
/// (`kind` invite, with `email` instead of `name`).
#[derive(Debug, Clone, PartialEq)]
pub struct TeamMember {
    /// The username (absent for email invitations).
    pub name: Option<String>,
    /// The invited email address (only for `kind` invite).
    pub email: Option<String>,
    /// user for users and robots, invite for an email invitation.
    pub kind: TeamMemberKind,
    /// Whether the member is a robot account (absent for email invitations).
    pub is_robot: Option<bool>,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Whether the member is only invited (pending).
    pub invited: bool,
}

impl serde::Serialize for TeamMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.email.is_some(),
            self.is_robot.is_some(),
        ];
        let mut out = write_fields(serializer, "TeamMember", 3, &present);
        out.optional("name", &self.name);
        out.optional("email", &self.email);
        out.field("kind", &self.kind);
        out.optional("is_robot", &self.is_robot);
        out.field("avatar", &self.avatar);
        out.field("invited", &self.invited);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamMember {
    const EXPECTING: &'static str = "struct TeamMember";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "email",
        "kind",
        "is_robot",
        "avatar",
        "invited",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut email: Option<String> = None;
        let mut kind: Option<TeamMemberKind> = None;
        let mut is_robot: Option<bool> = None;
        let mut avatar: Option<Avatar> = None;
        let mut invited: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut email),
                Some(2) => map.value(&mut kind),
                Some(3) => map.optional(&mut is_robot),
                Some(4) => map.value(&mut avatar),
                Some(5) => map.value(&mut invited),
                _ => break,
            }?;
        }
        Ok(TeamMember {
            name,
            email,
            kind: map.required(kind, "kind")?,
            is_robot,
            avatar: map.required(avatar, "avatar")?,
            invited: map.required(invited, "invited")?,
        })
    }
}

impl Validate for TeamMember {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("kind", self.kind.validate());
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// user for users and robots, invite for an email invitation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TeamMemberKind {
    /// `user`
    User,
    /// `invite`
    Invite,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl TeamMemberKind {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["user", "invite"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Invite => "invite",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TeamMemberKind {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "invite" => Self::Invite,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for TeamMemberKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TeamMemberKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TeamMemberKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TeamMemberKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for TeamMemberKind {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The members of a team.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamMemberList {
    /// The name of the team.
    pub name: String,
    /// The members (and, with includePending, the pending invitations).
    pub members: Vec<TeamMember>,
    /// Whether the caller administers the organization.
    pub can_edit: bool,
    /// Present when the caller may set up team syncing: the external authentication service
    /// and its metadata (e.g. LDAP `base_dn`).
    pub can_sync: Option<TeamMemberListCanSync>,
    /// Present when the team is synced from an external group.
    pub synced: Option<TeamMemberListSynced>,
}

impl serde::Serialize for TeamMemberList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.can_sync.is_some(), self.synced.is_some()];
        let mut out = write_fields(serializer, "TeamMemberList", 3, &present);
        out.field("name", &self.name);
        out.field("members", &self.members);
        out.field("can_edit", &self.can_edit);
        out.optional("can_sync", &self.can_sync);
        out.optional("synced", &self.synced);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamMemberList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamMemberList {
    const EXPECTING: &'static str = "struct TeamMemberList";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "members",
        "can_edit",
        "can_sync",
        "synced",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut members: Option<Vec<TeamMember>> = None;
        let mut can_edit: Option<bool> = None;
        let mut can_sync: Option<TeamMemberListCanSync> = None;
        let mut synced: Option<TeamMemberListSynced> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut members),
                Some(2) => map.value(&mut can_edit),
                Some(3) => map.optional(&mut can_sync),
                Some(4) => map.optional(&mut synced),
                _ => break,
            }?;
        }
        Ok(TeamMemberList {
            name: map.required(name, "name")?,
            members: map.required(members, "members")?,
            can_edit: map.required(can_edit, "can_edit")?,
            can_sync,
            synced,
        })
    }
}

impl Validate for TeamMemberList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("members", self.members.validate());
        checks.done()
    }
}

/// Present when the caller may set up team syncing: the external authentication service
/// and its metadata (e.g. LDAP `base_dn`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamMemberListCanSync {
    /// The name of the external authentication service, e.g. ldap.
    pub service: Option<String>,
    /// The LDAP base DN (LDAP only).
    pub base_dn: Option<String>,
}

impl serde::Serialize for TeamMemberListCanSync {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.service.is_some(), self.base_dn.is_some()];
        let mut out = write_fields(serializer, "TeamMemberListCanSync", 0, &present);
        out.optional("service", &self.service);
        out.optional("base_dn", &self.base_dn);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamMemberListCanSync {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamMemberListCanSync {
    const EXPECTING: &'static str = "struct TeamMemberListCanSync";
    const FIELDS: &'static [&'static str] = &["service", "base_dn"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut service: Option<String> = None;
        let mut base_dn: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut service),
                Some(1) => map.optional(&mut base_dn),
                _ => break,
            }?;
        }
        Ok(TeamMemberListCanSync {
            service,
            base_dn,
        })
    }
}

impl Validate for TeamMemberListCanSync {}

/// Present when the team is synced from an external group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamMemberListSynced {
    /// The name of the external authentication service.
    pub service: Option<String>,
    /// Last sync, in RFC 2822 form, e.g. "Mon, 13 Dec 2021 11:41:16 -0000" (superusers only).
    ///
    /// `None`: absent; `Some(None)`: null.
    pub last_updated: Option<Option<DateTime>>,
    /// The group lookup configuration, e.g. `group_dn` for LDAP (superusers only).
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
}

impl serde::Serialize for TeamMemberListSynced {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.service.is_some(),
            self.last_updated.is_some(),
            self.config.is_some(),
        ];
        let mut out = write_fields(serializer, "TeamMemberListSynced", 0, &present);
        out.optional("service", &self.service);
        out.optional("last_updated", &self.last_updated);
        out.optional("config", &self.config);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamMemberListSynced {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamMemberListSynced {
    const EXPECTING: &'static str = "struct TeamMemberListSynced";
    const FIELDS: &'static [&'static str] = &["service", "last_updated", "config"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut service: Option<String> = None;
        let mut last_updated: Option<Option<DateTime>> = None;
        let mut config: Option<serde_json::Map<String, serde_json::Value>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut service),
                Some(1) => map.value(&mut last_updated),
                Some(2) => map.optional(&mut config),
                _ => break,
            }?;
        }
        Ok(TeamMemberListSynced {
            service,
            last_updated,
            config,
        })
    }
}

impl Validate for TeamMemberListSynced {}

/// Description of a team permission.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamPermission {
    /// Role to use for the team.
    pub role: TeamPermissionRole,
}

impl serde::Serialize for TeamPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "TeamPermission", 1, &[]);
        out.field("role", &self.role);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamPermission {
    const EXPECTING: &'static str = "struct TeamPermission";
    const FIELDS: &'static [&'static str] = &["role"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<TeamPermissionRole> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut role)?;
        }
        Ok(TeamPermission {
            role: map.required(role, "role")?,
        })
    }
}

impl Validate for TeamPermission {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// Role to use for the team.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TeamPermissionRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl TeamPermissionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TeamPermissionRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for TeamPermissionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TeamPermissionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TeamPermissionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TeamPermissionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for TeamPermissionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A team's permission on one repository.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamRepositoryPermission {
    /// The repository.
    pub repository: TeamRepositoryPermissionRepository,
    /// The team's role on the repository.
    pub role: TeamRepositoryPermissionRole,
}

impl serde::Serialize for TeamRepositoryPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "TeamRepositoryPermission", 2, &[]);
        out.field("repository", &self.repository);
        out.field("role", &self.role);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamRepositoryPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamRepositoryPermission {
    const EXPECTING: &'static str = "struct TeamRepositoryPermission";
    const FIELDS: &'static [&'static str] = &["repository", "role"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut repository: Option<TeamRepositoryPermissionRepository> = None;
        let mut role: Option<TeamRepositoryPermissionRole> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut repository),
                Some(1) => map.value(&mut role),
                _ => break,
            }?;
        }
        Ok(TeamRepositoryPermission {
            repository: map.required(repository, "repository")?,
            role: map.required(role, "role")?,
        })
    }
}

impl Validate for TeamRepositoryPermission {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// The repository permissions of a team.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamRepositoryPermissionList {
    /// One entry per repository the team has a permission on.
    pub permissions: Vec<TeamRepositoryPermission>,
}

impl serde::Serialize for TeamRepositoryPermissionList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "TeamRepositoryPermissionList", 1, &[]);
        out.field("permissions", &self.permissions);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamRepositoryPermissionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamRepositoryPermissionList {
    const EXPECTING: &'static str = "struct TeamRepositoryPermissionList";
    const FIELDS: &'static [&'static str] = &["permissions"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut permissions: Option<Vec<TeamRepositoryPermission>> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut permissions)?;
        }
        Ok(TeamRepositoryPermissionList {
            permissions: map.required(permissions, "permissions")?,
        })
    }
}

impl Validate for TeamRepositoryPermissionList {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("permissions", self.permissions.validate());
        checks.done()
    }
}

/// The repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamRepositoryPermissionRepository {
    /// The repository name (within the organization).
    pub name: String,
    /// Whether the repository is public.
    pub is_public: bool,
}

impl serde::Serialize for TeamRepositoryPermissionRepository {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(
            serializer,
            "TeamRepositoryPermissionRepository",
            2,
            &[],
        );
        out.field("name", &self.name);
        out.field("is_public", &self.is_public);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamRepositoryPermissionRepository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamRepositoryPermissionRepository {
    const EXPECTING: &'static str = "struct TeamRepositoryPermissionRepository";
    const FIELDS: &'static [&'static str] = &["name", "is_public"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut is_public: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut is_public),
                _ => break,
            }?;
        }
        Ok(TeamRepositoryPermissionRepository {
            name: map.required(name, "name")?,
            is_public: map.required(is_public, "is_public")?,
        })
    }
}

impl Validate for TeamRepositoryPermissionRepository {}

/// The team's role on the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TeamRepositoryPermissionRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl TeamRepositoryPermissionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TeamRepositoryPermissionRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for TeamRepositoryPermissionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TeamRepositoryPermissionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TeamRepositoryPermissionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TeamRepositoryPermissionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for TeamRepositoryPermissionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// The organization-wide role of the team.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TeamRole {
    /// `member`
    Member,
    /// `creator`
    Creator,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl TeamRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["member", "creator", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Creator => "creator",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TeamRole {
    fn from(value: &str) -> Self {
        match value {
            "member" => Self::Member,
            "creator" => Self::Creator,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for TeamRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TeamRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TeamRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TeamRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for TeamRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Group lookup configuration for syncing a team (not a named Quay schema: Quay passes the
/// body to the authentication backend). LDAP needs `group_dn`, Keystone `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamSyncConfig {
    /// The DN of the LDAP group, relative to the LDAP base DN, e.g. "cn=ldapgroup,ou=Users".
    pub group_dn: Option<String>,
    /// The ID of the Keystone group.
    pub group_id: Option<String>,
}

impl serde::Serialize for TeamSyncConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.group_dn.is_some(), self.group_id.is_some()];
        let mut out = write_fields(serializer, "TeamSyncConfig", 0, &present);
        out.optional("group_dn", &self.group_dn);
        out.optional("group_id", &self.group_id);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamSyncConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TeamSyncConfig {
    const EXPECTING: &'static str = "struct TeamSyncConfig";
    const FIELDS: &'static [&'static str] = &["group_dn", "group_id"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut group_dn: Option<String> = None;
        let mut group_id: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut group_dn),
                Some(1) => map.optional(&mut group_id),
                _ => break,
            }?;
        }
        Ok(TeamSyncConfig {
            group_dn,
            group_id,
        })
    }
}

impl Validate for TeamSyncConfig {}

/// Description of a token permission.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenPermission {
    /// Role to use for the token.
    pub role: TokenPermissionRole,
}

impl serde::Serialize for TokenPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "TokenPermission", 1, &[]);
        out.field("role", &self.role);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for TokenPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for TokenPermission {
    const EXPECTING: &'static str = "struct TokenPermission";
    const FIELDS: &'static [&'static str] = &["role"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<TokenPermissionRole> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut role)?;
        }
        Ok(TokenPermission {
            role: map.required(role, "role")?,
        })
    }
}

impl Validate for TokenPermission {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// Role to use for the token.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenPermissionRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl TokenPermissionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TokenPermissionRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for TokenPermissionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TokenPermissionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TokenPermissionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TokenPermissionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for TokenPermissionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Description of an updated application.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateApp {
    /// The name of the application.
    pub name: String,
    /// The URI for the application's OAuth redirect.
    pub redirect_uri: String,
    /// The URI for the application's homepage.
    pub application_uri: String,
    /// The human-readable description for the application.
    pub description: Option<String>,
    /// The e-mail address of the avatar to use for the application.
    pub avatar_email: Option<String>,
}

impl serde::Serialize for UpdateApp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.description.is_some(), self.avatar_email.is_some()];
        let mut out = write_fields(serializer, "UpdateApp", 3, &present);
        out.field("name", &self.name);
        out.field("redirect_uri", &self.redirect_uri);
        out.field("application_uri", &self.application_uri);
        out.optional("description", &self.description);
        out.optional("avatar_email", &self.avatar_email);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateApp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UpdateApp {
    const EXPECTING: &'static str = "struct UpdateApp";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "redirect_uri",
        "application_uri",
        "description",
        "avatar_email",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut redirect_uri: Option<String> = None;
        let mut application_uri: Option<String> = None;
        let mut description: Option<String> = None;
        let mut avatar_email: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut name),
                Some(1) => map.value(&mut redirect_uri),
                Some(2) => map.value(&mut application_uri),
                Some(3) => map.optional(&mut description),
                Some(4) => map.optional(&mut avatar_email),
                _ => break,
            }?;
        }
        Ok(UpdateApp {
            name: map.required(name, "name")?,
            redirect_uri: map.required(redirect_uri, "redirect_uri")?,
            application_uri: map.required(application_uri, "application_uri")?,
            description,
            avatar_email,
        })
    }
}

impl Validate for UpdateApp {}

/// Update the repository mirroring configuration; only the fields given are changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateMirrorConfig {
    /// Used to enable or disable synchronizations.
    pub is_enabled: Option<bool>,
    /// Location of the external repository, e.g. quay.io/minio/mc.
    pub external_reference: Option<String>,
    /// Username used to authenticate with external registry.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub external_registry_username: Option<Option<String>>,
    /// Password used to authenticate with external registry.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub external_registry_password: Option<Option<String>>,
    /// Determines the next time this repository is ready for synchronization, in the form "%Y-%m-%dT%H:%M:%SZ" (UTC), e.g. 2021-08-06T11:11:39Z.
    pub sync_start_date: Option<String>,
    /// Number of seconds after next\_start\_date to begin synchronizing (a 32-bit integer column in Quay).
    pub sync_interval: Option<i64>,
    /// Username of robot which will be used for image pushes, e.g. orga+robot.
    pub robot_username: Option<String>,
    /// The `root_rule` property.
    pub root_rule: Option<MirrorRootRule>,
    /// The `external_registry_config` property.
    pub external_registry_config: Option<MirrorExternalRegistryConfig>,
}

impl serde::Serialize for UpdateMirrorConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.is_enabled.is_some(),
            self.external_reference.is_some(),
            self.external_registry_username.is_some(),
            self.external_registry_password.is_some(),
            self.sync_start_date.is_some(),
            self.sync_interval.is_some(),
            self.robot_username.is_some(),
            self.root_rule.is_some(),
            self.external_registry_config.is_some(),
        ];
        let mut out = write_fields(serializer, "UpdateMirrorConfig", 0, &present);
        out.optional("is_enabled", &self.is_enabled);
        out.optional("external_reference", &self.external_reference);
        out.optional("external_registry_username", &self.external_registry_username);
        out.optional("external_registry_password", &self.external_registry_password);
        out.optional("sync_start_date", &self.sync_start_date);
        out.optional("sync_interval", &self.sync_interval);
        out.optional("robot_username", &self.robot_username);
        out.optional("root_rule", &self.root_rule);
        out.optional("external_registry_config", &self.external_registry_config);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateMirrorConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UpdateMirrorConfig {
    const EXPECTING: &'static str = "struct UpdateMirrorConfig";
    const FIELDS: &'static [&'static str] = &[
        "is_enabled",
        "external_reference",
        "external_registry_username",
        "external_registry_password",
        "sync_start_date",
        "sync_interval",
        "robot_username",
        "root_rule",
        "external_registry_config",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut is_enabled: Option<bool> = None;
        let mut external_reference: Option<String> = None;
        let mut external_registry_username: Option<Option<String>> = None;
        let mut external_registry_password: Option<Option<String>> = None;
        let mut sync_start_date: Option<String> = None;
        let mut sync_interval: Option<i64> = None;
        let mut robot_username: Option<String> = None;
        let mut root_rule: Option<MirrorRootRule> = None;
        let mut external_registry_config: Option<MirrorExternalRegistryConfig> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut is_enabled),
                Some(1) => map.optional(&mut external_reference),
                Some(2) => map.value(&mut external_registry_username),
                Some(3) => map.value(&mut external_registry_password),
                Some(4) => map.optional(&mut sync_start_date),
                Some(5) => map.optional(&mut sync_interval),
                Some(6) => map.optional(&mut robot_username),
                Some(7) => map.optional(&mut root_rule),
                Some(8) => map.optional(&mut external_registry_config),
                _ => break,
            }?;
        }
        Ok(UpdateMirrorConfig {
            is_enabled,
            external_reference,
            external_registry_username,
            external_registry_password,
            sync_start_date,
            sync_interval,
            robot_username,
            root_rule,
            external_registry_config,
        })
    }
}

impl Validate for UpdateMirrorConfig {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks
            .at(
                "sync_interval",
                check_bounds(
                    self.sync_interval.as_ref(),
                    Some((0.0, false)),
                    Some((2147483647.0, false)),
                    None,
                    None,
                ),
            );
        checks.at("root_rule", self.root_rule.validate());
        checks.done()
    }
}

/// Description of a new organization quota.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateNamespaceQuota {
    /// Number of bytes the organization is allowed.
    pub limit_bytes: Option<i64>,
}

impl serde::Serialize for UpdateNamespaceQuota {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.limit_bytes.is_some()];
        let mut out = write_fields(serializer, "UpdateNamespaceQuota", 0, &present);
        out.optional("limit_bytes", &self.limit_bytes);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateNamespaceQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UpdateNamespaceQuota {
    const EXPECTING: &'static str = "struct UpdateNamespaceQuota";
    const FIELDS: &'static [&'static str] = &["limit_bytes"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut limit_bytes: Option<i64> = None;
        while let Some(0) = map.next_field()? {
            map.optional(&mut limit_bytes)?;
        }
        Ok(UpdateNamespaceQuota {
            limit_bytes,
        })
    }
}

impl Validate for UpdateNamespaceQuota {}

/// Description of updates for an existing organization.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrg {
    /// Organization contact email.
    pub email: Option<String>,
    /// Whether the organization desires to receive emails for invoices.
    pub invoice_email: Option<bool>,
    /// The email address at which to receive invoices.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub invoice_email_address: Option<Option<String>>,
    /// The number of seconds for tag expiration.
    pub tag_expiration_s: Option<i64>,
}

impl serde::Serialize for UpdateOrg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.email.is_some(),
            self.invoice_email.is_some(),
            self.invoice_email_address.is_some(),
            self.tag_expiration_s.is_some(),
        ];
        let mut out = write_fields(serializer, "UpdateOrg", 0, &present);
        out.optional("email", &self.email);
        out.optional("invoice_email", &self.invoice_email);
        out.optional("invoice_email_address", &self.invoice_email_address);
        out.optional("tag_expiration_s", &self.tag_expiration_s);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateOrg {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UpdateOrg {
    const EXPECTING: &'static str = "struct UpdateOrg";
    const FIELDS: &'static [&'static str] = &[
        "email",
        "invoice_email",
        "invoice_email_address",
        "tag_expiration_s",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut email: Option<String> = None;
        let mut invoice_email: Option<bool> = None;
        let mut invoice_email_address: Option<Option<String>> = None;
        let mut tag_expiration_s: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut email),
                Some(1) => map.optional(&mut invoice_email),
                Some(2) => map.value(&mut invoice_email_address),
                Some(3) => map.optional(&mut tag_expiration_s),
                _ => break,
            }?;
        }
        Ok(UpdateOrg {
            email,
            invoice_email,
            invoice_email_address,
            tag_expiration_s,
        })
    }
}

impl Validate for UpdateOrg {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks
            .at(
                "tag_expiration_s",
                check_bounds(
                    self.tag_expiration_s.as_ref(),
                    Some((0.0, false)),
                    None,
                    None,
                    None,
                ),
            );
        checks.done()
    }
}

/// Description of a new organization quota.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrgQuota {
    /// Number of bytes the organization is allowed.
    pub limit_bytes: Option<i64>,
}

impl serde::Serialize for UpdateOrgQuota {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.limit_bytes.is_some()];
        let mut out = write_fields(serializer, "UpdateOrgQuota", 0, &present);
        out.optional("limit_bytes", &self.limit_bytes);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateOrgQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UpdateOrgQuota {
    const EXPECTING: &'static str = "struct UpdateOrgQuota";
    const FIELDS: &'static [&'static str] = &["limit_bytes"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut limit_bytes: Option<i64> = None;
        while let Some(0) = map.next_field()? {
            map.optional(&mut limit_bytes)?;
        }
        Ok(UpdateOrgQuota { limit_bytes })
    }
}

impl Validate for UpdateOrgQuota {}

/// Description of changing organization quota limit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrgQuotaLimit {
    /// Type of quota limit: "Warning" or "Reject".
    pub type_: Option<String>,
    /// Quota threshold, in percent of quota (a 32-bit integer column in Quay).
    pub threshold_percent: Option<i64>,
}

impl serde::Serialize for UpdateOrgQuotaLimit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.type_.is_some(), self.threshold_percent.is_some()];
        let mut out = write_fields(serializer, "UpdateOrgQuotaLimit", 0, &present);
        out.optional("type", &self.type_);
        out.optional("threshold_percent", &self.threshold_percent);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateOrgQuotaLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UpdateOrgQuotaLimit {
    const EXPECTING: &'static str = "struct UpdateOrgQuotaLimit";
    const FIELDS: &'static [&'static str] = &["type", "threshold_percent"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut type_: Option<String> = None;
        let mut threshold_percent: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut type_),
                Some(1) => map.optional(&mut threshold_percent),
                _ => break,
            }?;
        }
        Ok(UpdateOrgQuotaLimit {
            type_,
            threshold_percent,
        })
    }
}

impl Validate for UpdateOrgQuotaLimit {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks
            .at(
                "threshold_percent",
                check_bounds(
                    self.threshold_percent.as_ref(),
                    None,
                    Some((2147483647.0, false)),
                    None,
                    None,
                ),
            );
        checks.done()
    }
}

/// Options for updating a build trigger.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTrigger {
    /// Whether the build trigger is enabled.
    pub enabled: bool,
}

impl serde::Serialize for UpdateTrigger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "UpdateTrigger", 1, &[]);
        out.field("enabled", &self.enabled);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTrigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UpdateTrigger {
    const EXPECTING: &'static str = "struct UpdateTrigger";
    const FIELDS: &'static [&'static str] = &["enabled"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut enabled: Option<bool> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut enabled)?;
        }
        Ok(UpdateTrigger {
            enabled: map.required(enabled, "enabled")?,
        })
    }
}

impl Validate for UpdateTrigger {}

/// Description of a user permission.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPermission {
    /// Role to use for the user.
    pub role: UserPermissionRole,
}

impl serde::Serialize for UserPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = write_fields(serializer, "UserPermission", 1, &[]);
        out.field("role", &self.role);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UserPermission {
    const EXPECTING: &'static str = "struct UserPermission";
    const FIELDS: &'static [&'static str] = &["role"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut role: Option<UserPermissionRole> = None;
        while let Some(0) = map.next_field()? {
            map.value(&mut role)?;
        }
        Ok(UserPermission {
            role: map.required(role, "role")?,
        })
    }
}

impl Validate for UserPermission {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("role", self.role.validate());
        checks.done()
    }
}

/// Role to use for the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserPermissionRole {
    /// `read`
    Read,
    /// `write`
    Write,
    /// `admin`
    Admin,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl UserPermissionRole {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["read", "write", "admin"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserPermissionRole {
    fn from(value: &str) -> Self {
        match value {
            "read" => Self::Read,
            "write" => Self::Write,
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for UserPermissionRole {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for UserPermissionRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserPermissionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UserPermissionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for UserPermissionRole {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// Describes a user. `anonymous`, `username` and `avatar` are always present; the account
/// details (`email`, `verified`, `logins`, ...) only when the caller administers the user,
/// `organizations` only when the caller may read the user, `super_user` only for
/// superusers.
#[derive(Debug, Clone, PartialEq)]
pub struct UserView {
    /// Whether the user's email address has been verified.
    pub verified: Option<bool>,
    /// true if this user data represents a guest user.
    pub anonymous: bool,
    /// The user's username.
    pub username: String,
    /// The user's email address.
    pub email: Option<String>,
    /// The `avatar` property.
    pub avatar: Avatar,
    /// Information about the organizations in which the user is a member.
    pub organizations: Option<Vec<UserViewOrganizationsItem>>,
    /// The list of external login providers against which the user has authenticated.
    pub logins: Option<Vec<UserViewLoginsItem>>,
    /// Whether the user has permission to create repositories.
    pub can_create_repo: Option<bool>,
    /// If true, the user's namespace is the preferred namespace to display.
    pub preferred_namespace: Option<bool>,
    /// true when the caller administers this user (present only then).
    pub is_me: Option<bool>,
    /// Whether the user receives invoice emails.
    pub invoice_email: Option<bool>,
    /// Custom email address for receiving invoices.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub invoice_email_address: Option<Option<String>>,
    /// Seconds after which removed tags are garbage collected (time machine window).
    pub tag_expiration_s: Option<i64>,
    /// Pending prompts for the user, e.g. confirm\_username.
    pub prompts: Option<Vec<String>>,
    /// The user's company.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub company: Option<Option<String>>,
    /// The user's family name.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub family_name: Option<Option<String>>,
    /// The user's given name.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub given_name: Option<Option<String>>,
    /// The user's location.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub location: Option<Option<String>>,
    /// Whether the user has no paid plan.
    pub is_free_account: Option<bool>,
    /// Whether the user has a password set.
    pub has_password_set: Option<bool>,
    /// The namespace quotas of the user (only with quota management and editing enabled).
    pub quotas: Option<Vec<UserViewQuotasItem>>,
    /// Quota consumption report of the user's namespace (only with quota management and editing enabled).
    pub quota_report: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether this user is the caller and a superuser (present only when the caller is a superuser).
    pub super_user: Option<bool>,
}

impl serde::Serialize for UserView {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.verified.is_some(),
            self.email.is_some(),
            self.organizations.is_some(),
            self.logins.is_some(),
            self.can_create_repo.is_some(),
            self.preferred_namespace.is_some(),
            self.is_me.is_some(),
            self.invoice_email.is_some(),
            self.invoice_email_address.is_some(),
            self.tag_expiration_s.is_some(),
            self.prompts.is_some(),
            self.company.is_some(),
            self.family_name.is_some(),
            self.given_name.is_some(),
            self.location.is_some(),
            self.is_free_account.is_some(),
            self.has_password_set.is_some(),
            self.quotas.is_some(),
            self.quota_report.is_some(),
            self.super_user.is_some(),
        ];
        let mut out = write_fields(serializer, "UserView", 3, &present);
        out.optional("verified", &self.verified);
        out.field("anonymous", &self.anonymous);
        out.field("username", &self.username);
        out.optional("email", &self.email);
        out.field("avatar", &self.avatar);
        out.optional("organizations", &self.organizations);
        out.optional("logins", &self.logins);
        out.optional("can_create_repo", &self.can_create_repo);
        out.optional("preferred_namespace", &self.preferred_namespace);
        out.optional("is_me", &self.is_me);
        out.optional("invoice_email", &self.invoice_email);
        out.optional("invoice_email_address", &self.invoice_email_address);
        out.optional("tag_expiration_s", &self.tag_expiration_s);
        out.optional("prompts", &self.prompts);
        out.optional("company", &self.company);
        out.optional("family_name", &self.family_name);
        out.optional("given_name", &self.given_name);
        out.optional("location", &self.location);
        out.optional("is_free_account", &self.is_free_account);
        out.optional("has_password_set", &self.has_password_set);
        out.optional("quotas", &self.quotas);
        out.optional("quota_report", &self.quota_report);
        out.optional("super_user", &self.super_user);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserView {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UserView {
    const EXPECTING: &'static str = "struct UserView";
    const FIELDS: &'static [&'static str] = &[
        "verified",
        "anonymous",
        "username",
        "email",
        "avatar",
        "organizations",
        "logins",
        "can_create_repo",
        "preferred_namespace",
        "is_me",
        "invoice_email",
        "invoice_email_address",
        "tag_expiration_s",
        "prompts",
        "company",
        "family_name",
        "given_name",
        "location",
        "is_free_account",
        "has_password_set",
        "quotas",
        "quota_report",
        "super_user",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut verified: Option<bool> = None;
        let mut anonymous: Option<bool> = None;
        let mut username: Option<String> = None;
        let mut email: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        let mut organizations: Option<Vec<UserViewOrganizationsItem>> = None;
        let mut logins: Option<Vec<UserViewLoginsItem>> = None;
        let mut can_create_repo: Option<bool> = None;
        let mut preferred_namespace: Option<bool> = None;
        let mut is_me: Option<bool> = None;
        let mut invoice_email: Option<bool> = None;
        let mut invoice_email_address: Option<Option<String>> = None;
        let mut tag_expiration_s: Option<i64> = None;
        let mut prompts: Option<Vec<String>> = None;
        let mut company: Option<Option<String>> = None;
        let mut family_name: Option<Option<String>> = None;
        let mut given_name: Option<Option<String>> = None;
        let mut location: Option<Option<String>> = None;
        let mut is_free_account: Option<bool> = None;
        let mut has_password_set: Option<bool> = None;
        let mut quotas: Option<Vec<UserViewQuotasItem>> = None;
        let mut quota_report: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut super_user: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut verified),
                Some(1) => map.value(&mut anonymous),
                Some(2) => map.value(&mut username),
                Some(3) => map.optional(&mut email),
                Some(4) => map.value(&mut avatar),
                Some(5) => map.optional(&mut organizations),
                Some(6) => map.optional(&mut logins),
                Some(7) => map.optional(&mut can_create_repo),
                Some(8) => map.optional(&mut preferred_namespace),
                Some(9) => map.optional(&mut is_me),
                Some(10) => map.optional(&mut invoice_email),
                Some(11) => map.value(&mut invoice_email_address),
                Some(12) => map.optional(&mut tag_expiration_s),
                Some(13) => map.optional(&mut prompts),
                Some(14) => map.value(&mut company),
                Some(15) => map.value(&mut family_name),
                Some(16) => map.value(&mut given_name),
                Some(17) => map.value(&mut location),
                Some(18) => map.optional(&mut is_free_account),
                Some(19) => map.optional(&mut has_password_set),
                Some(20) => map.optional(&mut quotas),
                Some(21) => map.optional(&mut quota_report),
                Some(22) => map.optional(&mut super_user),
                _ => break,
            }?;
        }
        Ok(UserView {
            verified,
            anonymous: map.required(anonymous, "anonymous")?,
            username: map.required(username, "username")?,
            email,
            avatar: map.required(avatar, "avatar")?,
            organizations,
            logins,
            can_create_repo,
            preferred_namespace,
            is_me,
            invoice_email,
            invoice_email_address,
            tag_expiration_s,
            prompts,
            company,
            family_name,
            given_name,
            location,
            is_free_account,
            has_password_set,
            quotas,
            quota_report,
            super_user,
        })
    }
}

impl Validate for UserView {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("avatar", self.avatar.validate());
        checks.at("organizations", self.organizations.validate());
        checks.done()
    }
}

/// The schema at `/components/schemas/UserView/properties/logins/items` in the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserViewLoginsItem {
    /// The external login service, e.g. github, google, ldap.
    pub service: Option<String>,
    /// The user's identifier at that service.
    pub service_identifier: Option<String>,
    /// Service-specific metadata.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

impl serde::Serialize for UserViewLoginsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.service.is_some(),
            self.service_identifier.is_some(),
            self.metadata.is_some(),
        ];
        let mut out = write_fields(serializer, "UserViewLoginsItem", 0, &present);
        out.optional("service", &self.service);
        out.optional("service_identifier", &self.service_identifier);
        out.optional("metadata", &self.metadata);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserViewLoginsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UserViewLoginsItem {
    const EXPECTING: &'static str = "struct UserViewLoginsItem";
    const FIELDS: &'static [&'static str] = &[
        "service",
        "service_identifier",
        "metadata",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut service: Option<String> = None;
        let mut service_identifier: Option<String> = None;
        let mut metadata: Option<serde_json::Map<String, serde_json::Value>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut service),
                Some(1) => map.optional(&mut service_identifier),
                Some(2) => map.optional(&mut metadata),
                _ => break,
            }?;
        }
        Ok(UserViewLoginsItem {
            service,
            service_identifier,
            metadata,
        })
    }
}

impl Validate for UserViewLoginsItem {}

/// The schema at `/components/schemas/UserView/properties/organizations/items` in the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserViewOrganizationsItem {
    /// The organization's name.
    pub name: Option<String>,
    /// The `avatar` property.
    pub avatar: Option<Avatar>,
    /// Whether the user can create repositories in the organization.
    pub can_create_repo: Option<bool>,
    /// Whether the organization is one of the registry's public namespaces.
    pub public: Option<bool>,
    /// Whether the user administers the organization (account details only).
    pub is_org_admin: Option<bool>,
    /// Whether the organization is a preferred namespace (account details only).
    pub preferred_namespace: Option<bool>,
}

impl serde::Serialize for UserViewOrganizationsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.name.is_some(),
            self.avatar.is_some(),
            self.can_create_repo.is_some(),
            self.public.is_some(),
            self.is_org_admin.is_some(),
            self.preferred_namespace.is_some(),
        ];
        let mut out = write_fields(serializer, "UserViewOrganizationsItem", 0, &present);
        out.optional("name", &self.name);
        out.optional("avatar", &self.avatar);
        out.optional("can_create_repo", &self.can_create_repo);
        out.optional("public", &self.public);
        out.optional("is_org_admin", &self.is_org_admin);
        out.optional("preferred_namespace", &self.preferred_namespace);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserViewOrganizationsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UserViewOrganizationsItem {
    const EXPECTING: &'static str = "struct UserViewOrganizationsItem";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "avatar",
        "can_create_repo",
        "public",
        "is_org_admin",
        "preferred_namespace",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut name: Option<String> = None;
        let mut avatar: Option<Avatar> = None;
        let mut can_create_repo: Option<bool> = None;
        let mut public: Option<bool> = None;
        let mut is_org_admin: Option<bool> = None;
        let mut preferred_namespace: Option<bool> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut name),
                Some(1) => map.optional(&mut avatar),
                Some(2) => map.optional(&mut can_create_repo),
                Some(3) => map.optional(&mut public),
                Some(4) => map.optional(&mut is_org_admin),
                Some(5) => map.optional(&mut preferred_namespace),
                _ => break,
            }?;
        }
        Ok(UserViewOrganizationsItem {
            name,
            avatar,
            can_create_repo,
            public,
            is_org_admin,
            preferred_namespace,
        })
    }
}

impl Validate for UserViewOrganizationsItem {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("avatar", self.avatar.validate());
        checks.done()
    }
}

/// The schema at `/components/schemas/UserView/properties/quotas/items` in the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserViewQuotasItem {
    /// The `id` property.
    pub id: Option<i64>,
    /// The `limit_bytes` property.
    pub limit_bytes: Option<i64>,
    /// The `limits` property.
    pub limits: Option<Vec<UserViewQuotasItemLimitsItem>>,
}

impl serde::Serialize for UserViewQuotasItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.id.is_some(),
            self.limit_bytes.is_some(),
            self.limits.is_some(),
        ];
        let mut out = write_fields(serializer, "UserViewQuotasItem", 0, &present);
        out.optional("id", &self.id);
        out.optional("limit_bytes", &self.limit_bytes);
        out.optional("limits", &self.limits);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserViewQuotasItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UserViewQuotasItem {
    const EXPECTING: &'static str = "struct UserViewQuotasItem";
    const FIELDS: &'static [&'static str] = &["id", "limit_bytes", "limits"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<i64> = None;
        let mut limit_bytes: Option<i64> = None;
        let mut limits: Option<Vec<UserViewQuotasItemLimitsItem>> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut id),
                Some(1) => map.optional(&mut limit_bytes),
                Some(2) => map.optional(&mut limits),
                _ => break,
            }?;
        }
        Ok(UserViewQuotasItem {
            id,
            limit_bytes,
            limits,
        })
    }
}

impl Validate for UserViewQuotasItem {}

/// The schema at `/components/schemas/UserView/properties/quotas/items/properties/limits/items` in the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserViewQuotasItemLimitsItem {
    /// The `id` property.
    pub id: Option<i64>,
    /// Warning or Reject.
    pub type_: Option<String>,
    /// The `limit_percent` property.
    pub limit_percent: Option<i64>,
}

impl serde::Serialize for UserViewQuotasItemLimitsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.id.is_some(),
            self.type_.is_some(),
            self.limit_percent.is_some(),
        ];
        let mut out = write_fields(
            serializer,
            "UserViewQuotasItemLimitsItem",
            0,
            &present,
        );
        out.optional("id", &self.id);
        out.optional("type", &self.type_);
        out.optional("limit_percent", &self.limit_percent);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserViewQuotasItemLimitsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for UserViewQuotasItemLimitsItem {
    const EXPECTING: &'static str = "struct UserViewQuotasItemLimitsItem";
    const FIELDS: &'static [&'static str] = &["id", "type", "limit_percent"];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut id: Option<i64> = None;
        let mut type_: Option<String> = None;
        let mut limit_percent: Option<i64> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.optional(&mut id),
                Some(1) => map.optional(&mut type_),
                Some(2) => map.optional(&mut limit_percent),
                _ => break,
            }?;
        }
        Ok(UserViewQuotasItemLimitsItem {
            id,
            type_,
            limit_percent,
        })
    }
}

impl Validate for UserViewQuotasItemLimitsItem {}

/// The literal JSON string "Valid" or "Anonymous".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ValidateProxyCacheConfigResponse {
    /// `Valid`
    Valid,
    /// `Anonymous`
    Anonymous,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl ValidateProxyCacheConfigResponse {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["Valid", "Anonymous"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Valid => "Valid",
            Self::Anonymous => "Anonymous",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ValidateProxyCacheConfigResponse {
    fn from(value: &str) -> Self {
        match value {
            "Valid" => Self::Valid,
            "Anonymous" => Self::Anonymous,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for ValidateProxyCacheConfigResponse {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ValidateProxyCacheConfigResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ValidateProxyCacheConfigResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ValidateProxyCacheConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for ValidateProxyCacheConfigResponse {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// View the repository mirroring configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewMirrorConfig {
    /// Used to enable or disable synchronizations.
    pub is_enabled: bool,
    /// Type of the mirror.
    pub mirror_type: ViewMirrorConfigMirrorType,
    /// Location of the external repository, e.g. quay.io/minio/mc.
    pub external_reference: String,
    /// Username used to authenticate with external registry. "(invalid. please re-enter)" when it cannot be decrypted.
    ///
    /// Always present; may be null.
    pub external_registry_username: Option<String>,
    /// Password used to authenticate with external registry. Never returned by getRepoMirrorConfig.
    ///
    /// `None`: absent; `Some(None)`: null.
    pub external_registry_password: Option<Option<String>>,
    /// The `external_registry_config` property.
    pub external_registry_config: MirrorExternalRegistryConfig,
    /// Number of seconds after next\_start\_date to begin synchronizing (a 32-bit integer column in Quay).
    pub sync_interval: i64,
    /// Determines the next time this repository is ready for synchronization, in the form "%Y-%m-%dT%H:%M:%SZ" (UTC), e.g. 2021-08-06T11:11:39Z.
    ///
    /// Always present; may be null.
    pub sync_start_date: Option<String>,
    /// When the running synchronization times out, in the form "%Y-%m-%dT%H:%M:%SZ"; null when none runs.
    ///
    /// Always present; may be null.
    pub sync_expiration_date: Option<String>,
    /// Number of retries left for the current synchronization.
    pub sync_retries_remaining: i64,
    /// Status of the synchronization: FAIL, NEVER\_RUN, SUCCESS, SYNCING or SYNC\_NOW.
    pub sync_status: String,
    /// The `root_rule` property.
    pub root_rule: MirrorRootRule,
    /// Username of robot which will be used for image pushes, e.g. orga+robot.
    ///
    /// Always present; may be null.
    pub robot_username: Option<String>,
}

impl serde::Serialize for ViewMirrorConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [self.external_registry_password.is_some()];
        let mut out = write_fields(serializer, "ViewMirrorConfig", 12, &present);
        out.field("is_enabled", &self.is_enabled);
        out.field("mirror_type", &self.mirror_type);
        out.field("external_reference", &self.external_reference);
        out.field("external_registry_username", &self.external_registry_username);
        out.optional("external_registry_password", &self.external_registry_password);
        out.field("external_registry_config", &self.external_registry_config);
        out.field("sync_interval", &self.sync_interval);
        out.field("sync_start_date", &self.sync_start_date);
        out.field("sync_expiration_date", &self.sync_expiration_date);
        out.field("sync_retries_remaining", &self.sync_retries_remaining);
        out.field("sync_status", &self.sync_status);
        out.field("root_rule", &self.root_rule);
        out.field("robot_username", &self.robot_username);
        out.end()
    }
}

impl<'de> serde::Deserialize<'de> for ViewMirrorConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_fields(deserializer)
    }
}

impl<'de> FromFields<'de> for ViewMirrorConfig {
    const EXPECTING: &'static str = "struct ViewMirrorConfig";
    const FIELDS: &'static [&'static str] = &[
        "is_enabled",
        "mirror_type",
        "external_reference",
        "external_registry_username",
        "external_registry_password",
        "external_registry_config",
        "sync_interval",
        "sync_start_date",
        "sync_expiration_date",
        "sync_retries_remaining",
        "sync_status",
        "root_rule",
        "robot_username",
    ];

    fn from_fields<A: serde::de::MapAccess<'de>>(
        mut map: Fields<Self, A>,
    ) -> Result<Self, A::Error> {
        let mut is_enabled: Option<bool> = None;
        let mut mirror_type: Option<ViewMirrorConfigMirrorType> = None;
        let mut external_reference: Option<String> = None;
        let mut external_registry_username: Option<String> = None;
        let mut external_registry_password: Option<Option<String>> = None;
        let mut external_registry_config: Option<MirrorExternalRegistryConfig> = None;
        let mut sync_interval: Option<i64> = None;
        let mut sync_start_date: Option<String> = None;
        let mut sync_expiration_date: Option<String> = None;
        let mut sync_retries_remaining: Option<i64> = None;
        let mut sync_status: Option<String> = None;
        let mut root_rule: Option<MirrorRootRule> = None;
        let mut robot_username: Option<String> = None;
        loop {
            match map.next_field()? {
                Some(0) => map.value(&mut is_enabled),
                Some(1) => map.value(&mut mirror_type),
                Some(2) => map.value(&mut external_reference),
                Some(3) => map.nullable(&mut external_registry_username),
                Some(4) => map.value(&mut external_registry_password),
                Some(5) => map.value(&mut external_registry_config),
                Some(6) => map.value(&mut sync_interval),
                Some(7) => map.nullable(&mut sync_start_date),
                Some(8) => map.nullable(&mut sync_expiration_date),
                Some(9) => map.value(&mut sync_retries_remaining),
                Some(10) => map.value(&mut sync_status),
                Some(11) => map.value(&mut root_rule),
                Some(12) => map.nullable(&mut robot_username),
                _ => break,
            }?;
        }
        Ok(ViewMirrorConfig {
            is_enabled: map.required(is_enabled, "is_enabled")?,
            mirror_type: map.required(mirror_type, "mirror_type")?,
            external_reference: map.required(external_reference, "external_reference")?,
            external_registry_username,
            external_registry_password,
            external_registry_config: map
                .required(external_registry_config, "external_registry_config")?,
            sync_interval: map.required(sync_interval, "sync_interval")?,
            sync_start_date,
            sync_expiration_date,
            sync_retries_remaining: map
                .required(sync_retries_remaining, "sync_retries_remaining")?,
            sync_status: map.required(sync_status, "sync_status")?,
            root_rule: map.required(root_rule, "root_rule")?,
            robot_username,
        })
    }
}

impl Validate for ViewMirrorConfig {
    fn validate(&self) -> Result<(), Invalid> {
        let mut checks = FirstInvalid::default();
        checks.at("mirror_type", self.mirror_type.validate());
        checks
            .at(
                "sync_interval",
                check_bounds(
                    Some(&self.sync_interval),
                    Some((0.0, false)),
                    Some((2147483647.0, false)),
                    None,
                    None,
                ),
            );
        checks.at("root_rule", self.root_rule.validate());
        checks.done()
    }
}

/// Type of the mirror.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ViewMirrorConfigMirrorType {
    /// `PULL`
    Pull,
    /// A value this version of the document does not list.
    Unknown(String),
}

impl ViewMirrorConfigMirrorType {
    /// Every value the document lists.
    pub const VALUES: &'static [&'static str] = &["PULL"];

    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pull => "PULL",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ViewMirrorConfigMirrorType {
    fn from(value: &str) -> Self {
        match value {
            "PULL" => Self::Pull,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::str::FromStr for ViewMirrorConfigMirrorType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ViewMirrorConfigMirrorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ViewMirrorConfigMirrorType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ViewMirrorConfigMirrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_enum(deserializer)
    }
}

impl Validate for ViewMirrorConfigMirrorType {
    fn validate(&self) -> Result<(), Invalid> {
        match self {
            Self::Unknown(value) => Err(unlisted(value, Self::VALUES)),
            _ => Ok(()),
        }
    }
}

/// A date and time exactly as the server wrote it.
///
/// APIs disagree on date formats: Quay writes RFC 2822 (`Mon, 13 Dec 2021 11:41:16 -0000`)
/// where others write RFC 3339. The text is kept as sent, so every response decodes and
/// re-encodes unchanged; parse it with the date library of your choice.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
#[serde(transparent)]
pub struct DateTime(pub String);

/// A calendar date exactly as the server wrote it (usually `YYYY-MM-DD`).
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
#[serde(transparent)]
pub struct Date(pub String);

impl DateTime {
    /// The text as the server wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for DateTime {
    fn from(s: String) -> Self {
        DateTime(s)
    }
}

impl From<&str> for DateTime {
    fn from(s: &str) -> Self {
        DateTime(s.to_owned())
    }
}

impl Date {
    /// The text as the server wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Date {
    fn from(s: String) -> Self {
        Date(s)
    }
}

impl From<&str> for Date {
    fn from(s: &str) -> Self {
        Date(s.to_owned())
    }
}

/// Whether an optional property that is not nullable refuses `null` (the
/// server's types) or takes it as absent (the client's).
#[allow(dead_code, reason = "not every document has optional properties")]
const STRICT_NULLS: bool = true;

/// A struct decoded from an object by its generated `from_fields`: each property's
/// value put in its slot as it comes, then the struct built from the slots.
trait FromFields<'de>: Sized {
    /// What the decoder expected, for the error when something else came.
    const EXPECTING: &'static str;

    /// The properties' names, in the order of the struct's fields.
    const FIELDS: &'static [&'static str];

    /// Whether a property the struct does not have is refused (else skipped).
    const CLOSED: bool = false;

    fn from_fields<A: serde::de::MapAccess<'de>>(
        map: Fields<Self, A>,
    ) -> Result<Self, A::Error>;
}

/// The serde visitor of every [`FromFields`] struct.
struct FieldsVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: FromFields<'de>> serde::de::Visitor<'de> for FieldsVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_fields(Fields {
            map,
            seen: 0,
            seen_beyond: Vec::new(),
            of: std::marker::PhantomData,
        })
    }
}

/// Decodes a [`FromFields`] struct.
fn deserialize_fields<'de, D: serde::Deserializer<'de>, T: FromFields<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(FieldsVisitor(std::marker::PhantomData))
}

/// An object's properties as a [`FromFields`] struct reads them: by index among its
/// names, each at most once.
struct Fields<T, A> {
    map: A,
    /// The properties given so far, a bit each: the first 64 here, the others in
    /// `seen_beyond` (allocated only for a struct that has more).
    seen: u64,
    seen_beyond: Vec<u64>,
    of: std::marker::PhantomData<T>,
}

impl<'de, T: FromFields<'de>, A: serde::de::MapAccess<'de>> Fields<T, A> {
    /// The index (in [`FromFields::FIELDS`]) of the next property whose value is to be
    /// read, skipping those the struct does not have (or refusing them, where
    /// [`FromFields::CLOSED`]); `None` at the end of the object. A property given
    /// twice is refused.
    fn next_field(&mut self) -> Result<Option<usize>, A::Error> {
        loop {
            match self
                .map
                .next_key_seed(FieldIndex {
                    names: T::FIELDS,
                    closed: T::CLOSED,
                })?
            {
                Some(Some(index)) if self.mark(index) => {
                    return Err(
                        <A::Error as serde::de::Error>::duplicate_field(T::FIELDS[index]),
                    );
                }
                Some(Some(index)) => return Ok(Some(index)),
                Some(None) => {
                    self.map.next_value::<serde::de::IgnoredAny>()?;
                }
                None => return Ok(None),
            }
        }
    }

    /// Marks property `index` as given; true when it was given before.
    fn mark(&mut self, index: usize) -> bool {
        let word = match index / 64 {
            0 => &mut self.seen,
            n => {
                if self.seen_beyond.len() < n {
                    self.seen_beyond.resize(n, 0);
                }
                &mut self.seen_beyond[n - 1]
            }
        };
        let bit = 1u64 << (index % 64);
        let again = *word & bit != 0;
        *word |= bit;
        again
    }

    /// The property's value as its type says.
    fn value<V: serde::Deserialize<'de>>(
        &mut self,
        slot: &mut Option<V>,
    ) -> Result<(), A::Error> {
        *slot = Some(self.map.next_value()?);
        Ok(())
    }

    /// A nullable property: `null` leaves it `None`.
    #[allow(dead_code, reason = "not every document has nullable properties")]
    fn nullable<V: serde::Deserialize<'de>>(
        &mut self,
        slot: &mut Option<V>,
    ) -> Result<(), A::Error> {
        *slot = self.map.next_value()?;
        Ok(())
    }

    /// An optional property that is not nullable: the server's types refuse `null`,
    /// the client's take it as absent ([`STRICT_NULLS`]).
    #[allow(dead_code, reason = "not every document has optional properties")]
    fn optional<V: serde::Deserialize<'de>>(
        &mut self,
        slot: &mut Option<V>,
    ) -> Result<(), A::Error> {
        if STRICT_NULLS { self.value(slot) } else { self.nullable(slot) }
    }

    /// A required property's value; an error when it was not given.
    #[allow(dead_code, reason = "not every document has required properties")]
    fn required<V>(&self, slot: Option<V>, name: &'static str) -> Result<V, A::Error> {
        slot.ok_or_else(|| <A::Error as serde::de::Error>::missing_field(name))
    }
}

/// Reads a property name as its index among a struct's properties: `None` for one it
/// does not have, or an error where the struct refuses unknown properties.
struct FieldIndex {
    names: &'static [&'static str],
    closed: bool,
}

impl<'de> serde::de::DeserializeSeed<'de> for FieldIndex {
    type Value = Option<usize>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl serde::de::Visitor<'_> for FieldIndex {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Option<usize>, E> {
        match self.names.iter().position(|known| *known == name) {
            None if self.closed => Err(E::unknown_field(name, self.names)),
            index => Ok(index),
        }
    }

    fn visit_bytes<E: serde::de::Error>(self, name: &[u8]) -> Result<Option<usize>, E> {
        match std::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(serde::de::Unexpected::Bytes(name), &self)),
        }
    }
}

/// A struct's properties being written by its generated `impl Serialize`, as serde's
/// derive writes them: optional ones left out when absent. The first error is kept,
/// nothing after it is written, and [`FieldsOut::end`] returns it; so each property
/// is one plain call, which the compiler checks far more cheaply than a `?` each.
struct FieldsOut<S: serde::Serializer>(Result<S::SerializeStruct, S::Error>);

/// Starts writing the struct `name`: `required` properties always written, and the
/// optional ones that are `present`.
fn write_fields<S: serde::Serializer>(
    serializer: S,
    name: &'static str,
    required: usize,
    present: &[bool],
) -> FieldsOut<S> {
    let len = required + present.iter().filter(|p| **p).count();
    FieldsOut(serializer.serialize_struct(name, len))
}

impl<S: serde::Serializer> FieldsOut<S> {
    /// A property always written.
    #[allow(dead_code, reason = "not every document has required properties")]
    fn field<T: ?Sized + serde::Serialize>(&mut self, key: &'static str, value: &T) {
        use serde::ser::SerializeStruct as _;
        if let Ok(state) = &mut self.0 {
            if let Err(error) = state.serialize_field(key, value) {
                self.0 = Err(error);
            }
        }
    }

    /// An optional property: written (as the `Option`) when present, else skipped.
    #[allow(dead_code, reason = "not every document has optional properties")]
    fn optional<T: serde::Serialize>(&mut self, key: &'static str, value: &Option<T>) {
        use serde::ser::SerializeStruct as _;
        if let Ok(state) = &mut self.0 {
            let written = match value {
                Some(_) => state.serialize_field(key, value),
                None => state.skip_field(key),
            };
            if let Err(error) = written {
                self.0 = Err(error);
            }
        }
    }

    /// Ends the struct, or returns the first error.
    fn end(self) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        self.0?.end()
    }
}

/// Decodes a string enum, keeping values it does not know.
struct EnumVisitor<T>(std::marker::PhantomData<T>);

impl<T: for<'a> From<&'a str>> serde::de::Visitor<'_> for EnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::from(v))
    }
}

fn deserialize_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    deserializer.deserialize_str(EnumVisitor(std::marker::PhantomData))
}

/// A value that breaks the document's rules although it decoded, such as an enum
/// value the document does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// Where the value is, e.g. `rule.kind` or `items[2]`.
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl Invalid {
    /// An error at the value itself.
    pub fn new(message: String) -> Self {
        Invalid {
            path: String::new(),
            message,
        }
    }

    /// The same error, one level further out.
    pub fn at(mut self, segment: &str) -> Self {
        self.path = match (self.path.is_empty(), self.path.starts_with('[')) {
            (true, _) => segment.to_owned(),
            (false, true) => format!("{segment}{}", self.path),
            (false, false) => format!("{segment}.{}", self.path),
        };
        self
    }
}

/// The first failed check among a value's parts, each checked under its name: a
/// generated `validate` makes one plain call per check, which the compiler checks far
/// more cheaply than a `map_err` closure and a `?` each.
#[derive(Debug, Default)]
pub struct FirstInvalid(Option<Invalid>);

impl FirstInvalid {
    /// Keeps `check`'s error, placed at `segment`, if it is the first.
    pub fn at(&mut self, segment: &str, check: Result<(), Invalid>) {
        if self.0.is_none() {
            if let Err(invalid) = check {
                self.0 = Some(invalid.at(segment));
            }
        }
    }

    /// Keeps `check`'s error as it is, if it is the first.
    pub fn also(&mut self, check: Result<(), Invalid>) {
        if self.0.is_none() {
            self.0 = check.err();
        }
    }

    /// `Ok` when every check passed, else the first error.
    pub fn done(self) -> Result<(), Invalid> {
        match self.0 {
            None => Ok(()),
            Some(invalid) => Err(invalid),
        }
    }
}

/// A string enum's value that the document does not list.
pub fn unlisted(value: &str, listed: &[&str]) -> Invalid {
    Invalid::new(format!("{value:?} is not one of {}", listed.join(", ")))
}

/// Checks what decoding alone cannot: the server runs it on every request input.
pub trait Validate {
    /// `Ok` when the value keeps the document's rules.
    fn validate(&self) -> Result<(), Invalid> {
        Ok(())
    }
}

impl Validate for String {}
impl Validate for bool {}
impl Validate for i32 {}
impl Validate for i64 {}
impl Validate for f32 {}
impl Validate for f64 {}
impl Validate for DateTime {}
impl Validate for Date {}
impl Validate for serde_json::Value {}
impl Validate for serde_json::Map<String, serde_json::Value> {}
impl Validate for () {}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self) -> Result<(), Invalid> {
        for (i, item) in self.iter().enumerate() {
            item.validate().map_err(|e| e.at(&format!("[{i}]")))?;
        }
        Ok(())
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self) -> Result<(), Invalid> {
        self.as_ref().map_or(Ok(()), Validate::validate)
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate(&self) -> Result<(), Invalid> {
        (**self).validate()
    }
}

impl<T: Validate> Validate for std::collections::BTreeMap<String, T> {
    fn validate(&self) -> Result<(), Invalid> {
        for (key, value) in self {
            value.validate().map_err(|e| e.at(key))?;
        }
        Ok(())
    }
}

/// A value with a size the document may bound: a number (`minimum`, `maximum`), a
/// string (`minLength`, `maxLength`, in characters) or an array (`minItems`, `maxItems`).
pub trait Bounded {
    /// The number, as `f64`, for `minimum`/`maximum`.
    fn number(&self) -> Option<f64> {
        None
    }

    /// The length, for `minLength`/`maxLength` and `minItems`/`maxItems`.
    fn length(&self) -> Option<usize> {
        None
    }
}

impl Bounded for i32 {
    fn number(&self) -> Option<f64> {
        Some(f64::from(*self))
    }
}

impl Bounded for i64 {
    fn number(&self) -> Option<f64> {
        #[allow(
            clippy::cast_precision_loss,
            reason = "bounds are compared as JSON numbers"
        )] Some(*self as f64)
    }
}

impl Bounded for f32 {
    fn number(&self) -> Option<f64> {
        Some(f64::from(*self))
    }
}

impl Bounded for f64 {
    fn number(&self) -> Option<f64> {
        Some(*self)
    }
}

impl Bounded for String {
    fn length(&self) -> Option<usize> {
        Some(self.chars().count())
    }
}

impl<T> Bounded for Vec<T> {
    fn length(&self) -> Option<usize> {
        Some(self.len())
    }
}

/// Checks `value` (when present) against the bounds: `min`/`max` are `(bound,
/// exclusive)` numbers, `min_len`/`max_len` lengths.
pub fn check_bounds<T: Bounded>(
    value: Option<&T>,
    min: Option<(f64, bool)>,
    max: Option<(f64, bool)>,
    min_len: Option<usize>,
    max_len: Option<usize>,
) -> Result<(), Invalid> {
    let Some(value) = value else { return Ok(()) };
    if let Some(n) = value.number() {
        if let Some((bound, exclusive)) = min {
            if n < bound || (exclusive && n == bound) {
                let relation = if exclusive { "greater than" } else { "at least" };
                return Err(Invalid::new(format!("{n} is not {relation} {bound}")));
            }
        }
        if let Some((bound, exclusive)) = max {
            if n > bound || (exclusive && n == bound) {
                let relation = if exclusive { "less than" } else { "at most" };
                return Err(Invalid::new(format!("{n} is not {relation} {bound}")));
            }
        }
    }
    if let Some(len) = value.length() {
        if let Some(min) = min_len.filter(|m| len < *m) {
            return Err(Invalid::new(format!("the length {len} is less than {min}")));
        }
        if let Some(max) = max_len.filter(|m| len > *m) {
            return Err(Invalid::new(format!("the length {len} is more than {max}")));
        }
    }
    Ok(())
}

/// Checks each item of an array (when present) with `check`; an error names the
/// item's index.
pub fn check_each<T>(
    value: Option<&Vec<T>>,
    check: impl Fn(&T) -> Result<(), Invalid>,
) -> Result<(), Invalid> {
    for (i, item) in value.into_iter().flatten().enumerate() {
        check(item).map_err(|e| e.at(&format!("[{i}]")))?;
    }
    Ok(())
}

/// Checks each value of a map (when present) with `check`; an error names its key.
pub fn check_values<T>(
    value: Option<&std::collections::BTreeMap<String, T>>,
    check: impl Fn(&T) -> Result<(), Invalid>,
) -> Result<(), Invalid> {
    for (key, item) in value.into_iter().flatten() {
        check(item).map_err(|e| e.at(key))?;
    }
    Ok(())
}

/// An optional field that is not nullable: absent is `None`, `null` is refused.
#[allow(dead_code, reason = "not every document has optional fields")]
pub(crate) fn non_null<'de, D: serde::Deserializer<'de>, T: serde::Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}
