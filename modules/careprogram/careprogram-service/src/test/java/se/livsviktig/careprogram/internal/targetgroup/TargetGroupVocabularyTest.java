package se.livsviktig.careprogram.internal.targetgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.exception.CareProgramTargetGroupException;

/**
 * @author Livsviktig
 */
public class TargetGroupVocabularyTest {

	@Test
	@SuppressWarnings("unchecked")
	public void theVocabularyIsCreatedOncePerSiteNamedInSwedishAndEnglish()
		throws Exception {

		AssetVocabulary created = mock(AssetVocabulary.class);

		ArgumentCaptor<Map<Locale, String>> titleMap = ArgumentCaptor.forClass(
			Map.class);

		when(
			_assetVocabularyLocalService.addVocabulary(
				eq(CareProgramConstants.TARGET_GROUP_VOCABULARY_ERC),
				eq(_USER_ID), eq(_GROUP_ID), eq("Målgrupp"), eq("Målgrupp"),
				titleMap.capture(), any(), any(), anyInt(), any())
		).thenReturn(
			created
		);

		assertSame(created, _targetGroupVocabulary.getOrCreate(_USER_ID, _GROUP_ID));
		assertEquals("Målgrupp", titleMap.getValue().get(new Locale("sv", "SE")));
		assertEquals("Target group", titleMap.getValue().get(Locale.US));

		_vocabulary(_VOCABULARY_ID);

		_targetGroupVocabulary.getOrCreate(_USER_ID, _GROUP_ID);

		verify(
			_assetVocabularyLocalService
		).addVocabulary(
			anyString(), anyLong(), anyLong(), anyString(), anyString(), any(),
			any(), any(), anyInt(), any()
		);
	}

	@Test
	public void categoriesOfTheVocabularyAreTargetGroups() throws Exception {
		_vocabulary(_VOCABULARY_ID);
		_category(_CHILDREN, _VOCABULARY_ID);
		_category(_ELDERLY, _VOCABULARY_ID);

		assertEquals(
			List.of(_ELDERLY, _CHILDREN),
			List.copyOf(
				_targetGroupVocabulary.validate(
					_GROUP_ID, new long[] {_ELDERLY, _CHILDREN})));
	}

	@Test
	public void aCategoryOfAnotherVocabularyIsRefused() {
		_vocabulary(_VOCABULARY_ID);
		_category(_CHILDREN, _VOCABULARY_ID + 1);

		assertThrows(
			CareProgramTargetGroupException.class,
			() -> _targetGroupVocabulary.validate(
				_GROUP_ID, new long[] {_CHILDREN}));
	}

	@Test
	public void anUnknownCategoryOrOneBeforeTheVocabularyExistsIsRefused() {
		_category(_CHILDREN, _VOCABULARY_ID);

		assertThrows(
			CareProgramTargetGroupException.class,
			() -> _targetGroupVocabulary.validate(
				_GROUP_ID, new long[] {_CHILDREN}));

		_vocabulary(_VOCABULARY_ID);

		assertThrows(
			CareProgramTargetGroupException.class,
			() -> _targetGroupVocabulary.validate(
				_GROUP_ID, new long[] {_ELDERLY}));
	}

	@Test
	public void noTargetGroupsNeedNoVocabulary() throws Exception {
		assertEquals(
			List.of(),
			List.copyOf(_targetGroupVocabulary.validate(_GROUP_ID, null)));

		verify(
			_assetVocabularyLocalService, never()
		).fetchAssetVocabularyByExternalReferenceCode(
			anyString(), anyLong()
		);
	}

	private void _category(long categoryId, long vocabularyId) {
		AssetCategory assetCategory = mock(AssetCategory.class);

		when(assetCategory.getVocabularyId()).thenReturn(vocabularyId);

		when(
			_assetCategoryLocalService.fetchAssetCategory(categoryId)
		).thenReturn(
			assetCategory
		);
	}

	private void _vocabulary(long vocabularyId) {
		AssetVocabulary assetVocabulary = mock(AssetVocabulary.class);

		when(assetVocabulary.getVocabularyId()).thenReturn(vocabularyId);

		when(
			_assetVocabularyLocalService.
				fetchAssetVocabularyByExternalReferenceCode(
					CareProgramConstants.TARGET_GROUP_VOCABULARY_ERC, _GROUP_ID)
		).thenReturn(
			assetVocabulary
		);
	}

	private static final long _CHILDREN = 70001;

	private static final long _ELDERLY = 70002;

	private static final long _GROUP_ID = 20121;

	private static final long _USER_ID = 30001;

	private static final long _VOCABULARY_ID = 80001;

	private final AssetCategoryLocalService _assetCategoryLocalService = mock(
		AssetCategoryLocalService.class);
	private final AssetVocabularyLocalService _assetVocabularyLocalService =
		mock(AssetVocabularyLocalService.class);
	private final TargetGroupVocabulary _targetGroupVocabulary =
		new TargetGroupVocabulary(
			_assetVocabularyLocalService, _assetCategoryLocalService);

}
