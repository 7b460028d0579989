package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * TrainingMethodLocalServiceImpl on the real stack: its @Transactional methods, through the portal's AOP chain,
 * write through the generated persistence to PostgreSQL, with ids from the portal's counter.
 */
class TrainingMethodLocalServiceIT {

	@RegisterExtension
	static final PersistenceHarness harness = PersistenceHarness.forServiceBundle(
		LVTrainingPersistenceConstants.class);

	@BeforeEach
	void setUp() throws PortalException {

		// A site of its own for each test, so no test counts another's rows.

		_groupId = harness.counterLocalService().increment();

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Sara Samordnare");
		when(user.getUserId()).thenReturn(_USER_ID);

		when(harness.portalService(UserLocalService.class).getUser(_USER_ID)).thenReturn(user);
		when(harness.portalService(Portal.class).getSiteDefaultLocale(anyLong())).thenReturn(Locale.US);
	}

	@Test
	void addTrainingMethodCommitsTheRowWithTheNextIdOfThePortalCounter() throws Exception {
		long lastId = harness.counterLocalService().increment();

		TrainingMethod trainingMethod = _addTrainingMethod("MHFA Vuxen");

		assertEquals(lastId + 1, trainingMethod.getTrainingMethodId());
		assertTrue(
			harness.counterLocalService().getCurrentId(_COUNTER_NAME) >= trainingMethod.getTrainingMethodId(),
			"the Counter table has reserved the id");
		assertEquals(1, _countRows("MHFA Vuxen"));
		assertEquals(WorkflowConstants.STATUS_APPROVED, trainingMethod.getStatus());
	}

	/**
	 * The portal double fails after the insert: by then the row is in the transaction (the persistence finds it
	 * there), and afterwards it is nowhere, because the local service's transaction rolled back.
	 */
	@Test
	void addTrainingMethodThatFailsAfterItsInsertLeavesNoRow() throws Exception {
		AtomicInteger rowsInsideTheTransaction = new AtomicInteger(-1);

		doAnswer(
			invocation -> {
				rowsInsideTheTransaction.set(
					harness.get(
						TrainingMethodPersistence.class
					).countByG_S(
						_groupId, WorkflowConstants.STATUS_APPROVED
					));

				throw new PortalException("resources unavailable");
			}
		).when(
			harness.portalService(ResourceLocalService.class)
		).addModelResources(
			any(TrainingMethod.class), any(ServiceContext.class)
		);

		PortalException portalException = assertThrows(
			PortalException.class, () -> _addTrainingMethod("Våga fråga"));

		assertEquals("resources unavailable", portalException.getMessage());
		assertEquals(1, rowsInsideTheTransaction.get(), "rows of the group inside the failing transaction");
		assertEquals(0, _countRows("Våga fråga"));
	}

	private TrainingMethod _addTrainingMethod(String name) throws PortalException {
		ServiceContext serviceContext = new ServiceContext();

		return harness.get(
			TrainingMethodLocalService.class
		).addTrainingMethod(
			_USER_ID, _groupId, null, Map.of(Locale.US, name), Map.of(Locale.US, "En utbildning"), true, 2, 100,
			2, 24, 180, serviceContext
		);
	}

	/**
	 * Counted over plain JDBC on a connection of its own: only what was committed counts.
	 */
	private long _countRows(String name) throws SQLException {
		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVTraining_TrainingMethod where groupId = ? and name like ?")) {

			preparedStatement.setLong(1, _groupId);
			preparedStatement.setString(2, "%" + name + "%");

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static final long _COMPANY_ID = 20097;

	private static final String _COUNTER_NAME = "com.liferay.counter.kernel.model.Counter";

	private static final long _USER_ID = 30001;

	private long _groupId;

}
