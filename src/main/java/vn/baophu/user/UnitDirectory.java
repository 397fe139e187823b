package vn.baophu.user;

import java.util.Optional;

/**
 * What the user forms need to know of a unit named by its code: its id and its path (for the scope
 * check). Implemented by the unit module, which depends on this one (it checks {@link SignedInUser}'s
 * scope), so that the two modules do not depend on each other.
 */
public interface UnitDirectory {

	/** The unit of the code, empty when there is none. */
	Optional<Entry> find(String code);

	/** A unit's id and path. */
	record Entry(long id, String path) {
	}
}
