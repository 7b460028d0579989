<%@ include file="/init.jsp" %>

<%
AdminCareProgramsDisplayContext adminCareProgramsDisplayContext = (AdminCareProgramsDisplayContext)request.getAttribute(CareProgramWebKeys.CARE_PROGRAMS_DISPLAY_CONTEXT);

List<AdminCareProgramRow> adminCareProgramRows = adminCareProgramsDisplayContext.getRows();

List<FieldError> fieldErrors = List.of();

String successMessageKey = adminCareProgramsDisplayContext.getSuccessMessageKey();

String currentTab = "programmes";
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<%@ include file="/care_program_admin/admin_navigation.jspf" %>

	<h2><liferay-ui:message key="care-programs" /></h2>

	<%@ include file="/shared/success_message.jspf" %>

	<div class="d-flex flex-wrap mb-3">
		<a class="btn btn-primary mr-2" href="<%= HtmlUtil.escapeHREF(adminCareProgramsDisplayContext.getAddURL()) %>"><liferay-ui:message key="add-programme" /></a>

		<%-- The national programmes are added only when a coordinator asks for them; a second click adds nothing. --%>

		<form action="<%= HtmlUtil.escapeAttribute(adminCareProgramsDisplayContext.getAddNationalCareProgramsURL()) %>" method="post">
			<button aria-describedby="<portlet:namespace />addNationalHelp" class="btn btn-secondary" type="submit"><liferay-ui:message key="add-the-national-programmes" /></button>
		</form>
	</div>

	<p class="text-secondary" id="<portlet:namespace />addNationalHelp"><liferay-ui:message key="add-the-national-programmes-help" /></p>

	<c:choose>
		<c:when test="<%= adminCareProgramRows.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="no-programmes-yet" /></p>
		</c:when>
		<c:otherwise>
			<p class="text-secondary"><liferay-ui:message arguments="<%= adminCareProgramsDisplayContext.getTotal() %>" key="x-programmes" /></p>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="care-programs" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="care-program" /></th>
						<th scope="col"><liferay-ui:message key="owner" /></th>
						<th scope="col"><liferay-ui:message key="review-interval" /></th>
						<th scope="col"><liferay-ui:message key="review" /></th>
						<th scope="col"><liferay-ui:message key="actions" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (AdminCareProgramRow adminCareProgramRow : adminCareProgramRows) {
						ReviewBadge reviewBadge = adminCareProgramRow.getReviewBadge();
					%>

						<tr>
							<th scope="row"><%= HtmlUtil.escape(adminCareProgramRow.getTitle()) %></th>
							<td>
								<c:choose>
									<c:when test="<%= adminCareProgramRow.getOwnerName() != null %>">
										<%= HtmlUtil.escape(adminCareProgramRow.getOwnerName()) %>
									</c:when>
									<c:otherwise>
										<liferay-ui:message key="review-badge-no-owner" />
									</c:otherwise>
								</c:choose>
							</td>
							<td><liferay-ui:message arguments="<%= adminCareProgramRow.getReviewIntervalMonths() %>" key="x-months" /></td>
							<td><%@ include file="/shared/review_badge.jspf" %></td>
							<td>
								<a href="<%= HtmlUtil.escapeHREF(adminCareProgramRow.getEditURL()) %>"><liferay-ui:message key="edit" /><span class="sr-only"> <%= HtmlUtil.escape(adminCareProgramRow.getTitle()) %></span></a>
								|
								<a href="<%= HtmlUtil.escapeHREF(adminCareProgramRow.getLocalRoutinesURL()) %>"><liferay-ui:message key="local-routines" /><span class="sr-only"> <%= HtmlUtil.escape(adminCareProgramRow.getTitle()) %></span></a>

								<c:if test="<%= adminCareProgramRow.getDeleteURL() != null %>">
									|
									<a class="text-danger" href="<%= HtmlUtil.escapeHREF(adminCareProgramRow.getDeleteURL()) %>"><liferay-ui:message key="delete" /><span class="sr-only"> <%= HtmlUtil.escape(adminCareProgramRow.getTitle()) %></span></a>
								</c:if>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>

			<%
			List<PageLink> pageLinks = adminCareProgramsDisplayContext.getPageLinks();
			%>

			<%@ include file="/shared/pagination.jspf" %>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
