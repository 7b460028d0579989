package se.livsviktig.careprogram.internal.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import se.livsviktig.careprogram.exception.CareProgramContactException;
import se.livsviktig.careprogram.exception.ContentOwnerException;

/**
 * A programme's contacts are people readers can reach: active users of the same portal instance, the same rule as
 * an owner's ({@link ContentOwners}).
 *
 * @author Livsviktig
 */
public class ProgramContacts {

	public ProgramContacts(ContentOwners contentOwners) {
		_contentOwners = contentOwners;
	}

	/**
	 * @return the user ids without duplicates, in the order given (the order the page shows them in)
	 */
	public Set<Long> validate(long companyId, long[] contactUserIds)
		throws CareProgramContactException {

		Set<Long> validated = new LinkedHashSet<>();

		if (contactUserIds == null) {
			return validated;
		}

		for (long contactUserId : contactUserIds) {
			try {
				_contentOwners.validate(companyId, contactUserId);
			}
			catch (ContentOwnerException contentOwnerException) {
				throw new CareProgramContactException(
					contentOwnerException.getMessage(), contentOwnerException);
			}

			validated.add(contactUserId);
		}

		return validated;
	}

	private final ContentOwners _contentOwners;

}
