<%@ include file="/init.jsp" %>

<%
HolderCertificationsDisplayContext holderCertificationsDisplayContext = (HolderCertificationsDisplayContext)request.getAttribute(InstructorWebKeys.HOLDER_CERTIFICATIONS_DISPLAY_CONTEXT);

CertificationURLs certificationURLs = holderCertificationsDisplayContext.getCertificationURLs();

String holderName = Validator.isNotNull(holderCertificationsDisplayContext.getHolderName()) ? holderCertificationsDisplayContext.getHolderName() : LanguageUtil.get(request, "deleted-user");

String successMessageKey = holderCertificationsDisplayContext.getSuccessMessageKey();
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin livsviktig-holder-certifications">
	<h1><liferay-ui:message arguments="<%= HtmlUtil.escape(holderName) %>" key="certifications-of-x" translateArguments="<%= false %>" /></h1>

	<%@ include file="/instructor_admin/success_message.jspf" %>

	<p>
		<a href="<%= HtmlUtil.escapeHREF(certificationURLs.getListURL()) %>"><liferay-ui:message key="back-to-the-certifications" /></a>
	</p>

	<c:choose>
		<c:when test="<%= holderCertificationsDisplayContext.getRows().isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="this-person-has-no-certifications" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message arguments="<%= HtmlUtil.escape(holderName) %>" key="certifications-of-x" translateArguments="<%= false %>" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="training-method" /></th>
						<th scope="col"><liferay-ui:message key="certified-date" /></th>
						<th scope="col"><liferay-ui:message key="valid-until" /></th>
						<th scope="col"><liferay-ui:message key="issuer" /></th>
						<th scope="col"><liferay-ui:message key="number" /></th>
						<th scope="col"><liferay-ui:message key="state" /></th>
						<th scope="col"><span class="sr-only"><liferay-ui:message key="actions" /></span></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (CertificationRow certificationRow : holderCertificationsDisplayContext.getRows()) {
						String rowName = certificationRow.getTrainingMethodName() + ", " + certificationRow.getNumber();
					%>

						<tr>
							<th scope="row">
								<%= HtmlUtil.escape(certificationRow.getTrainingMethodName()) %>

								<c:if test="<%= certificationRow.isRenewal() %>">
									<span class="d-block small text-secondary"><liferay-ui:message key="renewal" /></span>
								</c:if>
							</th>
							<td><%= HtmlUtil.escape(certificationRow.getCertifiedDate()) %></td>
							<td><%= (certificationRow.getValidUntil() != null) ? HtmlUtil.escape(certificationRow.getValidUntil()) : LanguageUtil.get(request, "open-ended") %></td>
							<td><%= HtmlUtil.escape(certificationRow.getIssuer()) %></td>
							<td><%= HtmlUtil.escape(certificationRow.getNumber()) %></td>
							<td>
								<liferay-ui:message key="<%= certificationRow.getStateLabelKey() %>" />

								<c:if test="<%= Validator.isNotNull(certificationRow.getStateReason()) %>">
									<span class="d-block small"><liferay-ui:message arguments="<%= HtmlUtil.escape(certificationRow.getStateReason()) %>" key="reason-x" translateArguments="<%= false %>" /></span>
								</c:if>
							</td>
							<td>
								<c:if test="<%= certificationRow.isActive() %>">
									<a href="<%= HtmlUtil.escapeHREF(certificationURLs.getRenewURL(certificationRow.getCertificationId())) %>"><liferay-ui:message key="renew" /><span class="sr-only"> <%= HtmlUtil.escape(rowName) %></span></a>
									<a class="ml-3" href="<%= HtmlUtil.escapeHREF(certificationURLs.getRevokeURL(certificationRow.getCertificationId())) %>"><liferay-ui:message key="revoke" /><span class="sr-only"> <%= HtmlUtil.escape(rowName) %></span></a>
								</c:if>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
