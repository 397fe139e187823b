package vn.baophu.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Uploaded files checked in a preview and kept until their user saves them, so that "Save" saves
 * exactly the file that was checked. Kept in PostgreSQL ({@link PendingUploadTable}), so a preview
 * made on one application node can be saved on another; per user, not per session (a user with
 * several sessions still holds at most {@code perUser} files of this purpose: the oldest is dropped),
 * and each for {@code ttl} at most; a token is good only for the user it was given to, once.
 *
 * @param <T> what is kept: the file and what it is for, serialised with Java serialisation (only
 * classes of {@code java.*} and the application are read back)
 */
public final class PendingUploads<T extends Serializable> {

	private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config
		.createFilter("maxdepth=20;java.lang.*;java.time.*;java.util.*;vn.baophu.**;!*");

	private final PendingUploadTable table;
	private final String purpose;
	private final Class<T> type;
	private final Duration ttl;
	private final int perUser;

	/** @param purpose what the files are for ({@code imports}, {@code tasks}): each purpose has its own cap */
	public PendingUploads(PendingUploadTable table, String purpose, Class<T> type, Duration ttl, int perUser) {
		this.table = table;
		this.purpose = purpose;
		this.type = type;
		this.ttl = ttl;
		this.perUser = Math.max(perUser, 1);
	}

	/** Keeps the item for the user and returns its token; drops expired items and the user's oldest beyond the cap. */
	public String keep(String user, T item) {
		return table.keep(purpose, user, serialise(item), ttl, perUser);
	}

	/** Removes and returns the user's item under the token; empty when unknown, expired, taken or another user's. */
	public Optional<T> take(String user, String token) {
		return table.take(purpose, user, token).map(this::deserialise);
	}

	/** How many items the user holds now (expired ones not counted). */
	public int count(String user) {
		return table.count(purpose, user);
	}

	private static byte[] serialise(Serializable item) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(item);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private T deserialise(byte[] bytes) {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			in.setObjectInputFilter(ONLY_OURS);
			return type.cast(in.readObject());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("A kept upload of an unknown class", ex);
		}
	}
}
