/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.model;

import com.liferay.portal.kernel.annotation.ImplementationClassName;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.Accessor;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extended model interface for the ContentReview service. Represents a row in the &quot;LVCareProgram_ContentReview&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see ContentReviewModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.careprogram.model.impl.ContentReviewImpl"
)
@ProviderType
public interface ContentReview extends ContentReviewModel, PersistedModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.careprogram.model.impl.ContentReviewImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<ContentReview, Long>
		CONTENT_REVIEW_ID_ACCESSOR = new Accessor<ContentReview, Long>() {

			@Override
			public Long get(ContentReview contentReview) {
				return contentReview.getContentReviewId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<ContentReview> getTypeClass() {
				return ContentReview.class;
			}

		};

}