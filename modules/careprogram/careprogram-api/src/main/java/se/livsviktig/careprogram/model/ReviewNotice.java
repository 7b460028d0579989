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
 * The extended model interface for the ReviewNotice service. Represents a row in the &quot;LVCareProgram_ReviewNotice&quot; database table, with each column mapped to a property of this class.
 *
 * @author Livsviktig
 * @see ReviewNoticeModel
 * @generated
 */
@ImplementationClassName(
	"se.livsviktig.careprogram.model.impl.ReviewNoticeImpl"
)
@ProviderType
public interface ReviewNotice extends PersistedModel, ReviewNoticeModel {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add methods to <code>se.livsviktig.careprogram.model.impl.ReviewNoticeImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface.
	 */
	public static final Accessor<ReviewNotice, Long> REVIEW_NOTICE_ID_ACCESSOR =
		new Accessor<ReviewNotice, Long>() {

			@Override
			public Long get(ReviewNotice reviewNotice) {
				return reviewNotice.getReviewNoticeId();
			}

			@Override
			public Class<Long> getAttributeClass() {
				return Long.class;
			}

			@Override
			public Class<ReviewNotice> getTypeClass() {
				return ReviewNotice.class;
			}

		};

}