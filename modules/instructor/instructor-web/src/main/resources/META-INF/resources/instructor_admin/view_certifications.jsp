<%@ include file="/init.jsp" %>

<%
CertificationsDisplayContext certificationsDisplayContext = (CertificationsDisplayContext)request.getAttribute(InstructorWebKeys.CERTIFICATIONS_DISPLAY_CONTEXT);

CertificationURLs certificationURLs = certificationsDisplayContext.getCertificationURLs();

List<CertificationRow> certificationRows = certificationsDisplayContext.getRows();

String successMessageKey = certificationsDisplayContext.getSuccessMessageKey();

String adminSection = "certifications";
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin">
	<h1 class="sr-only"><liferay-ui:message key="livsviktig-instructors" /></h1>

	<%@ include file="/instructor_admin/admin_navigation.jspf" %>

	<h2><liferay-ui:message key="certifications" /></h2>

	<%@ include file="/instructor_admin/success_message.jspf" %>

	<p>
		<a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(certificationsDisplayContext.getAddURL()) %>"><liferay-ui:message key="add-certification" /></a>
	</p>

	<form action="<%= HtmlUtil.escapeHREF(certificationsDisplayContext.getSearchActionURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "filter-certifications")) %>" method="get" role="search">

		<%
		for (Map.Entry<String, String> hiddenParameter : certificationsDisplayContext.getSearchHiddenParameters().entrySet()) {
		%>

			<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

		<%
		}
		%>

		<div class="form-group-autofit">
			<div class="form-group-item">
				<label for="<portlet:namespace />holderName"><liferay-ui:message key="holder-name" /></label>

				<input class="form-control" id="<portlet:namespace />holderName" name="<portlet:namespace />holderName" type="search" value="<%= HtmlUtil.escapeAttribute(certificationsDisplayContext.getHolderName()) %>" />
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

				<select class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId">

					<%
					for (Option option : certificationsDisplayContext.getTrainingMethodOptions()) {
					%>

						<option <%= option.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>"><%@ include file="/instructor_admin/option_label.jspf" %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />state"><liferay-ui:message key="state" /></label>

				<select class="form-control" id="<portlet:namespace />state" name="<portlet:namespace />state">

					<%
					for (Option option : certificationsDisplayContext.getStateOptions()) {
					%>

						<option <%= option.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>"><%@ include file="/instructor_admin/option_label.jspf" %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />expiringWithinDays"><liferay-ui:message key="expiring" /></label>

				<select class="form-control" id="<portlet:namespace />expiringWithinDays" name="<portlet:namespace />expiringWithinDays">

					<%
					for (Option option : certificationsDisplayContext.getExpiringWithinDaysOptions()) {
					%>

						<option <%= option.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>"><%@ include file="/instructor_admin/option_label.jspf" %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />standing"><liferay-ui:message key="licence-standing" /></label>

				<select class="form-control" id="<portlet:namespace />standing" name="<portlet:namespace />standing">

					<%
					for (Option option : certificationsDisplayContext.getStandingOptions()) {
					%>

						<option <%= option.isSelected() ? "selected" : "" %> value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>"><%@ include file="/instructor_admin/option_label.jspf" %></option>

					<%
					}
					%>

				</select>
			</div>

			<div class="form-group-item form-group-item-label-spacer">
				<button class="btn btn-secondary" type="submit"><liferay-ui:message key="filter" /></button>

				<c:if test="<%= certificationsDisplayContext.isFiltered() %>">
					<a class="btn btn-link" href="<%= HtmlUtil.escapeHREF(certificationsDisplayContext.getClearURL()) %>"><liferay-ui:message key="clear-filters" /></a>
				</c:if>
			</div>
		</div>
	</form>

	<c:choose>
		<c:when test="<%= certificationRows.isEmpty() %>">
			<p class="text-secondary">
				<liferay-ui:message key='<%= certificationsDisplayContext.isFiltered() ? "no-certifications-match-the-filters" : "no-certifications-yet" %>' />
			</p>
		</c:when>
		<c:otherwise>
			<p class="text-secondary"><liferay-ui:message arguments="<%= certificationsDisplayContext.getTotal() %>" key="x-certifications" /></p>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="certifications" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="holder" /></th>
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
					for (CertificationRow certificationRow : certificationRows) {
						String holderName = (certificationRow.getHolderName() != null) ? certificationRow.getHolderName() : LanguageUtil.get(request, "deleted-user");
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><%= HtmlUtil.escape(holderName) %></th>
							<td><%= HtmlUtil.escape(certificationRow.getTrainingMethodName()) %></td>
							<td><%= HtmlUtil.escape(certificationRow.getCertifiedDate()) %></td>
							<td><%= (certificationRow.getValidUntil() != null) ? HtmlUtil.escape(certificationRow.getValidUntil()) : LanguageUtil.get(request, "open-ended") %></td>
							<td><%= HtmlUtil.escape(certificationRow.getIssuer()) %></td>
							<td><%= HtmlUtil.escape(certificationRow.getNumber()) %></td>
							<td><liferay-ui:message key="<%= certificationRow.getStateLabelKey() %>" /></td>
							<td>
								<a href="<%= HtmlUtil.escapeHREF(certificationURLs.getHistoryURL(certificationRow.getHolderUserId())) %>"><liferay-ui:message key="history" /><span class="sr-only"> <%= HtmlUtil.escape(holderName) %></span></a>

								<c:if test="<%= certificationRow.isActive() %>">
									<a class="ml-3" href="<%= HtmlUtil.escapeHREF(certificationURLs.getRenewURL(certificationRow.getCertificationId())) %>"><liferay-ui:message key="renew" /><span class="sr-only"> <%= HtmlUtil.escape(holderName + ", " + certificationRow.getTrainingMethodName() + ", " + certificationRow.getNumber()) %></span></a>
									<a class="ml-3" href="<%= HtmlUtil.escapeHREF(certificationURLs.getRevokeURL(certificationRow.getCertificationId())) %>"><liferay-ui:message key="revoke" /><span class="sr-only"> <%= HtmlUtil.escape(holderName + ", " + certificationRow.getTrainingMethodName() + ", " + certificationRow.getNumber()) %></span></a>
								</c:if>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>

			<%
			List<PageLink> pageLinks = certificationsDisplayContext.getPageLinks();
			%>

			<c:if test="<%= !pageLinks.isEmpty() %>">
				<nav aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "pages")) %>">
					<ul class="pagination">

						<%
						for (PageLink pageLink : pageLinks) {
						%>

							<li class="page-item<%= pageLink.isCurrent() ? " active" : "" %>">
								<a <%= pageLink.isCurrent() ? "aria-current=\"page\"" : "" %> class="page-link" href="<%= HtmlUtil.escapeHREF(pageLink.getURL()) %>"><span class="sr-only"><liferay-ui:message key="page" /> </span><%= pageLink.getNumber() %></a>
							</li>

						<%
						}
						%>

					</ul>
				</nav>
			</c:if>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
