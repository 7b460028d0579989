package se.livsviktig.careprogram.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ModelRow;

/**
 * @author Livsviktig
 */
public class LocalRoutineUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "localRoutineLocalService", _localRoutineLocalService);

		_anonymizer.setClock(Clock.fixed(_NOW, ZoneOffset.UTC));

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");

	}

	@Test
	public void anErasedOwnerLeavesTheRoutineWithoutOwnerSinceNow()
		throws Exception {

		_anonymizer.autoAnonymize(
			_localRoutine, _OWNER_USER_ID, _anonymousUser);

		assertEquals(
			Set.of("lastReviewUserId", "ownerUserId", "ownerlessSince"),
			_row.changedColumns());
		assertEquals(0L, _row.value("ownerUserId"));
		assertEquals(Date.from(_NOW), _row.value("ownerlessSince"));
		assertEquals(_ANONYMOUS_USER_ID, _row.value("lastReviewUserId"));
		verify(_localRoutineLocalService).updateLocalRoutine(_localRoutine);
	}

	@Test
	public void anErasedEditorLeavesTheOwnerAsTheyAre() throws Exception {
		_anonymizer.autoAnonymize(
			_localRoutine, _EDITOR_USER_ID, _anonymousUser);

		assertEquals(Set.of("userId", "userName"), _row.changedColumns());
		assertEquals(_ANONYMOUS_USER_ID, _row.value("userId"));
	}

	private static ModelRow<LocalRoutine> _row() {
		Map<String, Object> values = new HashMap<>();

		values.put("localRoutineId", 40001L);
		values.put("userId", _EDITOR_USER_ID);
		values.put("userName", "Editor");
		values.put("ownerUserId", _OWNER_USER_ID);
		values.put("lastReviewUserId", _OWNER_USER_ID);
		values.put("ownerlessSince", null);

		return new ModelRow<>(LocalRoutine.class, "localRoutineId", values);
	}

	private static final long _ANONYMOUS_USER_ID = 9;

	private static final long _EDITOR_USER_ID = 302;

	private static final Instant _NOW = Instant.parse("2026-12-06T10:00:00Z");

	private static final long _OWNER_USER_ID = 301;

	private final LocalRoutineUADAnonymizer _anonymizer =
		new LocalRoutineUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final ModelRow<LocalRoutine> _row = _row();
	private final LocalRoutine _localRoutine = _row.model();
	private final LocalRoutineLocalService _localRoutineLocalService = mock(
		LocalRoutineLocalService.class);

}
