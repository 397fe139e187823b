package vn.baophu.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Sessions keep the principal Java-serialised in PostgreSQL: one saved by an older build must still read back. */
class SignedInUserSerialisationTest {

	/** A SignedInUser as the build of commit ed9eaf8 serialised it, before the record had failedSignIns. */
	private static final String SAVED_BEFORE_FAILED_SIGN_INS = "rO0ABXNyABt2bi5iYW9waHUudXNlci5TaWduZWRJblVzZXIAAAAAAAAAAAIACFoAB2VuYWJsZWRMAAtkaXNwbGF5TmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nO0wACGxhbmd1YWdlcQB+AAFMAAtsb2NrZWRVbnRpbHQAE0xqYXZhL3RpbWUvSW5zdGFudDtMAAxwYXNzd29yZEhhc2hxAH4AAUwABHJvbGV0ABVMdm4vYmFvcGh1L3VzZXIvUm9sZTtMAAZ1bml0SWR0ABBMamF2YS9sYW5nL0xvbmc7TAAIdXNlcm5hbWVxAH4AAXhwAXQAEEPDoW4gYuG7mSB04buJbmh0AAJ2aXNyAA1qYXZhLnRpbWUuU2VylV2EuhsiSLIMAAB4cHcNAgAAAABrDOawAAAAAHh0AAd7bm9vcH14fnIAE3ZuLmJhb3BodS51c2VyLlJvbGUAAAAAAAAAABIAAHhyAA5qYXZhLmxhbmcuRW51bQAAAAAAAAAAEgAAeHB0ABBQUk9WSU5DSUFMX1NUQUZGc3IADmphdmEubGFuZy5Mb25nO4vkkMyPI98CAAFKAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAAAAAAmdAAFc3RhZmY=";

	@Test
	void aSessionSavedBeforeAComponentWasAddedReadsBack() throws Exception {
		SignedInUser user = read(Base64.getDecoder().decode(SAVED_BEFORE_FAILED_SIGN_INS));

		assertThat(user).isEqualTo(new SignedInUser("staff", "{noop}x", "Cán bộ tỉnh", Role.PROVINCIAL_STAFF, 38L,
				true, Instant.parse("2026-11-30T03:00:00Z"), "vi", 0));
	}

	@Test
	void readsBackWhatItWrites() throws Exception {
		SignedInUser user = new SignedInUser("leader", "{noop}y", "Lãnh đạo", Role.LEADER, 7L, true, null, "en", 3);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(user);
		}

		assertThat(read(bytes.toByteArray())).isEqualTo(user);
	}

	private static SignedInUser read(byte[] bytes) throws Exception {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			return (SignedInUser) in.readObject();
		}
	}
}
