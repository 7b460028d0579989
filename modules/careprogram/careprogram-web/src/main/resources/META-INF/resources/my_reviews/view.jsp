<%@ include file="/init.jsp" %>

<%
MyReviewsDisplayContext myReviewsDisplayContext = (MyReviewsDisplayContext)request.getAttribute(CareProgramWebKeys.MY_REVIEWS_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = myReviewsDisplayContext.getFieldErrors();

String successMessageKey = myReviewsDisplayContext.getSuccessMessageKey();

String[] sectionKeys = {"to-review-now", "reviewed-and-due-later"};
String[] emptyKeys = {"nothing-to-review-now", "you-own-no-other-programme-or-routine"};

List<List<ReviewTaskRow>> sections = List.of(myReviewsDisplayContext.getToReviewRows(), myReviewsDisplayContext.getLaterRows());
%>

<clay:container-fluid cssClass="livsviktig-my-reviews">
	<h2><liferay-ui:message key="my-reviews" /></h2>

	<%@ include file="/shared/success_message.jspf" %>

	<%@ include file="/shared/error_summary.jspf" %>

	<p><liferay-ui:message key="my-reviews-help" /></p>

	<%-- What to review now first, the rest after it; each text is confirmed in one click, the comment optional. --%>

	<%
	for (int sectionIndex = 0; sectionIndex < sections.size(); sectionIndex++) {
		List<ReviewTaskRow> reviewTaskRows = sections.get(sectionIndex);
	%>

		<section aria-labelledby="<portlet:namespace /><%= sectionKeys[sectionIndex] %>">
			<h3 id="<portlet:namespace /><%= sectionKeys[sectionIndex] %>"><liferay-ui:message key="<%= sectionKeys[sectionIndex] %>" /></h3>

			<c:choose>
				<c:when test="<%= reviewTaskRows.isEmpty() %>">
					<p class="text-secondary"><liferay-ui:message key="<%= emptyKeys[sectionIndex] %>" /></p>
				</c:when>
				<c:otherwise>
					<table class="table table-autofit table-list">
						<caption class="sr-only"><liferay-ui:message key="<%= sectionKeys[sectionIndex] %>" /></caption>
						<thead>
							<tr>
								<th scope="col"><liferay-ui:message key="care-program" /></th>
								<th scope="col"><liferay-ui:message key="administration" /></th>
								<th scope="col"><liferay-ui:message key="review" /></th>
								<th scope="col"><liferay-ui:message key="next-review" /></th>
								<th scope="col"><liferay-ui:message key="confirm-review" /></th>
							</tr>
						</thead>
						<tbody>

							<%
							for (ReviewTaskRow reviewTaskRow : reviewTaskRows) {
								ReviewBadge reviewBadge = reviewTaskRow.getReviewBadge();

								String rowId = reviewTaskRow.getIdParameterName() + reviewTaskRow.getId();
							%>

								<tr>
									<th id="<portlet:namespace /><%= rowId %>" scope="row"><%= HtmlUtil.escape(reviewTaskRow.getCareProgramTitle()) %></th>
									<td>
										<c:choose>
											<c:when test="<%= reviewTaskRow.getAdministrationName() != null %>">
												<%= HtmlUtil.escape(reviewTaskRow.getAdministrationName()) %>
											</c:when>
											<c:otherwise>
												<liferay-ui:message key="the-programme-summary" />
											</c:otherwise>
										</c:choose>
									</td>
									<td><%@ include file="/shared/review_badge.jspf" %></td>
									<td><%= HtmlUtil.escape(reviewTaskRow.getNextReviewDate()) %></td>
									<td>
										<form action="<%= HtmlUtil.escapeAttribute(myReviewsDisplayContext.getConfirmReviewURL()) %>" method="post">
											<input name="<portlet:namespace /><%= HtmlUtil.escapeAttribute(reviewTaskRow.getIdParameterName()) %>" type="hidden" value="<%= reviewTaskRow.getId() %>" />
											<input name="<portlet:namespace />redirect" type="hidden" value="<%= HtmlUtil.escapeAttribute(myReviewsDisplayContext.getRedirect()) %>" />

											<div class="form-group mb-2">
												<label for="<portlet:namespace />comment<%= rowId %>"><liferay-ui:message key="comment-optional" /></label>

												<textarea aria-describedby="<portlet:namespace /><%= rowId %>" class="form-control" id="<portlet:namespace />comment<%= rowId %>" maxlength="2000" name="<portlet:namespace />comment" rows="2"></textarea>
											</div>

											<button aria-describedby="<portlet:namespace /><%= rowId %>" class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="still-correct" /></button>
										</form>
									</td>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>
				</c:otherwise>
			</c:choose>
		</section>

	<%
	}
	%>

</clay:container-fluid>
