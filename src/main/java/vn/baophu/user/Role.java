package vn.baophu.user;

/** What a user may do; each user is also tied to a unit whose subtree bounds what they see. */
public enum Role {
	ADMINISTRATOR, PROVINCIAL_STAFF, DISTRICT_OFFICIAL, LEADER;

	public String authority() {
		return "ROLE_" + name();
	}
}
