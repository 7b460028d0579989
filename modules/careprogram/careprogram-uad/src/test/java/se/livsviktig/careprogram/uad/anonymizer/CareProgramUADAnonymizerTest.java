package se.livsviktig.careprogram.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ModelRow;

/**
 * @author Livsviktig
 */
public class CareProgramUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "careProgramLocalService", _careProgramLocalService);

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");

	}

	@Test
	public void anErasedOwnerLeavesTheProgrammeWithoutOwner()
		throws Exception {

		_anonymizer.autoAnonymize(_careProgram, _OWNER_USER_ID, _anonymousUser);

		assertEquals(
			Set.of("lastReviewUserId", "ownerUserId"), _row.changedColumns());
		assertEquals(0L, _row.value("ownerUserId"));
		assertEquals(_ANONYMOUS_USER_ID, _row.value("lastReviewUserId"));
		verify(_careProgramLocalService).updateCareProgram(_careProgram);
	}

	@Test
	public void anErasedEditorLeavesTheOwnerAsTheyAre() throws Exception {
		_anonymizer.autoAnonymize(_careProgram, _EDITOR_USER_ID, _anonymousUser);

		assertEquals(Set.of("userId", "userName"), _row.changedColumns());
	}

	private static ModelRow<CareProgram> _row() {
		Map<String, Object> values = new HashMap<>();

		values.put("careProgramId", 40001L);
		values.put("userId", _EDITOR_USER_ID);
		values.put("userName", "Editor");
		values.put("ownerUserId", _OWNER_USER_ID);
		values.put("lastReviewUserId", _OWNER_USER_ID);

		return new ModelRow<>(CareProgram.class, "careProgramId", values);
	}

	private static final long _ANONYMOUS_USER_ID = 9;

	private static final long _EDITOR_USER_ID = 302;

	private static final long _OWNER_USER_ID = 301;

	private final CareProgramUADAnonymizer _anonymizer =
		new CareProgramUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final ModelRow<CareProgram> _row = _row();
	private final CareProgram _careProgram = _row.model();
	private final CareProgramLocalService _careProgramLocalService = mock(
		CareProgramLocalService.class);

}
