package vn.baophu.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside a request, the look-up Spring Session makes right after saving a session is answered with
 * that session; every other look-up, and any outside a request, still reads the repository.
 */
class SessionsSavedThisRequestTest {

	/** A repository that notes which ids were read from it. */
	static class CountingRepository extends MapSessionRepository {

		final List<String> reads = new ArrayList<>();

		CountingRepository() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public MapSession findById(String id) {
			reads.add(id);
			return super.findById(id);
		}
	}

	@Test
	void aSessionSavedInTheRequestIsNotReadAgainInIt() throws Exception {
		CountingRepository repository = new CountingRepository();
		MapSession stored = repository.createSession();
		repository.save(stored);
		MapSessionRepository remembering = (MapSessionRepository) SessionsSavedThisRequest.remembering(repository);
		List<Session> seen = new ArrayList<>();

		inRequest(() -> {
			// as SessionRepositoryFilter: read at the start, save at the end, then look up again
			MapSession session = remembering.findById(stored.getId());
			session.setAttribute("seen", "yes");
			remembering.save(session);
			seen.add(remembering.findById(stored.getId()));
			// another id is still read from the repository
			seen.add(remembering.findById("unknown"));
		});

		assertThat(repository.reads).containsExactly(stored.getId(), "unknown");
		assertThat(seen.get(0).<String>getAttribute("seen")).isEqualTo("yes");
		assertThat(seen.get(1)).isNull();

		// After the request nothing is remembered: the next request reads the repository again.
		assertThat(remembering.findById(stored.getId()).<String>getAttribute("seen")).isEqualTo("yes");
		assertThat(repository.reads).containsExactly(stored.getId(), "unknown", stored.getId());
	}

	@Test
	void aDeletedSessionIsNotAnsweredFromMemory() throws Exception {
		CountingRepository repository = new CountingRepository();
		MapSession stored = repository.createSession();
		MapSessionRepository remembering = (MapSessionRepository) SessionsSavedThisRequest.remembering(repository);
		List<Session> seen = new ArrayList<>();

		inRequest(() -> {
			remembering.save(stored);
			remembering.deleteById(stored.getId());
			seen.add(remembering.findById(stored.getId()));
		});

		assertThat(seen).containsExactly((Session) null);
		assertThat(repository.reads).containsExactly(stored.getId());
	}

	/** Runs the body as the rest of a request's filter chain behind {@link SessionsSavedThisRequest#filter}. */
	private static void inRequest(Runnable body) throws Exception {
		SessionsSavedThisRequest.filter().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}, (request, response, chain) -> body.run()));
	}
}
