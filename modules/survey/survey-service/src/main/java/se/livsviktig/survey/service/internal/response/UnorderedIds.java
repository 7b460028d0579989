package se.livsviktig.survey.service.internal.response;

import java.security.SecureRandom;

/**
 * Primary keys for responses and answers that say nothing about when a row was written. The portal's counter hands
 * out ascending ids, so sorting anonymous responses by id would give the order they came in, and that order next
 * to the order of the invitations (or of the mails in an inbox) can tie a response to a person. A random 63-bit id
 * has no order; the primary key's unique index would refuse the practically impossible repeat, and the
 * submission would fail whole, as any failed write does.
 *
 * @author Livsviktig
 */
public class UnorderedIds {

	public UnorderedIds() {
		this(new SecureRandom());
	}

	public UnorderedIds(SecureRandom secureRandom) {
		_secureRandom = secureRandom;
	}

	/**
	 * @return a positive id, never 0 (0 means "none" in the portal's columns)
	 */
	public long nextId() {
		long id;

		do {
			id = _secureRandom.nextLong() & Long.MAX_VALUE;
		}
		while (id == 0);

		return id;
	}

	private final SecureRandom _secureRandom;

}
