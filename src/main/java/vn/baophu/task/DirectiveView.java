package vn.baophu.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A directive as pages and the API show it, with the unit it is kept under (its code as {@code unit})
 * and how many tasks it has; serialised as it is for the API, the date as written ({@link DirectiveDate#text}).
 */
@JsonPropertyOrder({ "id", "unit", "number", "issued", "issuer", "kind", "title", "attachment", "tasks" })
public record DirectiveView(long id, @JsonProperty("unit") String unitCode, @JsonIgnore String unitName,
		@JsonIgnore String unitPath, String number, DirectiveDate issued, String issuer, DirectiveKind kind, String title,
		@JsonProperty("attachment") @Nullable String attachmentName, int tasks, @JsonIgnore long version) {
}
